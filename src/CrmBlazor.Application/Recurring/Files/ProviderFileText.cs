using System.Globalization;
using System.Text;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>What every provider file reader needs: the bytes as text, its lines, and short values for messages.</summary>
internal static class ProviderFileText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// UTF-8 (with or without its mark) when the bytes are valid UTF-8, else Latin-1: PayPal downloads are UTF-8, while
    /// PayZen journals and bank exports may still come in ISO-8859-1, where « é » is not valid UTF-8.
    /// </summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Encoding.UTF8.Preamble))
        {
            bytes = bytes[Encoding.UTF8.Preamble.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.Latin1.GetString(bytes);
        }
    }

    /// <summary>The lines with their 1-based numbers, whatever the line ends (CRLF, LF, CR).</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        using var reader = new StringReader(text);
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            yield return (++number, line);
        }
    }

    /// <summary>A value cut for a message or a column, with « … » when cut.</summary>
    public static string Clip(string text, int maxLength) =>
        text.Length <= maxLength ? text : string.Concat(text.AsSpan(0, maxLength - 1), "…");

    /// <summary>A file line kept with a problem: enough to recognise it, never the whole of a long line.</summary>
    public static string Excerpt(string line) => Clip(line.Trim(), 300);

    /// <summary>« 12/04/2026 » as in every French message.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
