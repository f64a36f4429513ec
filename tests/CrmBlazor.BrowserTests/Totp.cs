using System.Security.Cryptography;

namespace CrmBlazor.BrowserTests;

/// <summary>
/// What an authenticator app computes (RFC 6238: HMAC-SHA1, 30 s steps, 6 digits), from the key the
/// security page shows, so that the tests play the part of the member's phone.
/// </summary>
internal static class Totp
{
    public static readonly TimeSpan Step = TimeSpan.FromSeconds(30);

    private const string Base32Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /// <summary>The code for <paramref name="at"/>; the key as displayed (lowercase, in groups) is accepted.</summary>
    public static string Code(string displayedKey, DateTimeOffset at)
    {
        var key = DecodeBase32(displayedKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        var counter = at.ToUnixTimeSeconds() / (long)Step.TotalSeconds;
        Span<byte> message = stackalloc byte[8];
        for (var i = 7; i >= 0; i--)
        {
            message[i] = (byte)(counter & 0xFF);
            counter >>= 8;
        }

        Span<byte> hash = stackalloc byte[HMACSHA1.HashSizeInBytes];
        HMACSHA1.HashData(key, message, hash);
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24)
            | (hash[offset + 1] << 16)
            | (hash[offset + 2] << 8)
            | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Time left before the code of <paramref name="at"/> gives way to the next one.</summary>
    public static TimeSpan RemainingInStep(DateTimeOffset at)
    {
        var step = (long)Step.TotalMilliseconds;
        return TimeSpan.FromMilliseconds(step - (at.ToUnixTimeMilliseconds() % step));
    }

    /// <summary>
    /// A code that stays valid long enough to be typed and sent: when the current one is about to expire,
    /// waits for the next step first.
    /// </summary>
    public static async Task<string> FreshCodeAsync(string displayedKey, TimeSpan minimumValidity)
    {
        var remaining = RemainingInStep(DateTimeOffset.UtcNow);
        if (remaining < minimumValidity)
        {
            await Task.Delay(remaining + TimeSpan.FromMilliseconds(200));
        }

        return Code(displayedKey, DateTimeOffset.UtcNow);
    }

    public static byte[] DecodeBase32(string text)
    {
        var trimmed = text.TrimEnd('=');
        var bytes = new byte[trimmed.Length * 5 / 8];
        int buffer = 0, bits = 0, index = 0;
        foreach (var c in trimmed)
        {
            var value = Base32Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character (in \"{text}\").");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes[index++] = (byte)(buffer >> bits);
                buffer &= (1 << bits) - 1;
            }
        }

        return bytes;
    }
}
