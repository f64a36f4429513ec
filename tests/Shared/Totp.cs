using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;

namespace CrmBlazor.Tests.Shared;

/// <summary>
/// What an authenticator app computes (RFC 6238 with SHA-1, 30-second steps, 6 digits), so that tests play
/// the member's phone. Compiled into the integration and browser test projects.
/// </summary>
internal static class Totp
{
    public const int StepSeconds = 30;

    /// <summary>Identity accepts the codes of this many steps before and after the current one.</summary>
    public const int AcceptedDrift = 2;

    public static string Code(string base32Key) => Code(base32Key, DateTimeOffset.UtcNow);

    public static string Code(string base32Key, DateTimeOffset at) => CodeAtStep(Base32Decode(base32Key), at.ToUnixTimeSeconds() / StepSeconds);

    /// <summary>A six-digit code Identity cannot accept now: none of the steps within its drift window gives it.</summary>
    public static string WrongCode(string base32Key)
    {
        var key = Base32Decode(base32Key);
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
        var valid = Enumerable.Range(-AcceptedDrift - 1, (2 * AcceptedDrift) + 3).Select(d => CodeAtStep(key, step + d)).ToHashSet();
        var candidate = int.Parse(CodeAtStep(key, step), CultureInfo.InvariantCulture);
        string wrong;
        do
        {
            candidate = (candidate + 111_111) % 1_000_000;
            wrong = candidate.ToString("D6", CultureInfo.InvariantCulture);
        }
        while (valid.Contains(wrong));

        return wrong;
    }

    /// <summary>Time left before the code of <paramref name="at"/> gives way to the next one.</summary>
    public static TimeSpan RemainingInStep(DateTimeOffset at)
    {
        const long stepMilliseconds = StepSeconds * 1000L;
        return TimeSpan.FromMilliseconds(stepMilliseconds - (at.ToUnixTimeMilliseconds() % stepMilliseconds));
    }

    /// <summary>A code that stays valid long enough to be typed and sent: near the end of a step, waits for the next.</summary>
    public static async Task<string> FreshCodeAsync(string base32Key, TimeSpan minimumValidity)
    {
        var remaining = RemainingInStep(DateTimeOffset.UtcNow);
        if (remaining < minimumValidity)
        {
            await Task.Delay(remaining + TimeSpan.FromMilliseconds(200));
        }

        return Code(base32Key);
    }

    /// <summary>RFC 4648 base32; case, spaces and padding ignored (the page shows "abcd efgh …").</summary>
    public static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var clean = text.Replace(" ", "", StringComparison.Ordinal).TrimEnd('=').ToUpperInvariant();
        var bytes = new List<byte>(clean.Length * 5 / 8);
        var buffer = 0;
        var bits = 0;
        foreach (var c in clean)
        {
            var value = alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                throw new FormatException($"'{c}' is not a base32 character.");
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }

    private static string CodeAtStep(byte[] key, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // RFC 6238's default, what authenticator apps and Identity use.
        HMACSHA1.HashData(key, counter, hash);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        var binary = BinaryPrimitives.ReadInt32BigEndian(hash[offset..]) & 0x7fffffff;
        return (binary % 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
    }
}
