using System.Globalization;
using System.Text;

namespace CrmBlazor.Domain.Contacts;

/// <summary>
/// Character rules of NF Z10-011 shared by the address lines: La Poste's sorting machines read lines 4
/// onwards, so those carry only unaccented capitals, digits and single spaces; every line is capped at
/// 38 characters so that the block fits the window of a standard envelope.
/// </summary>
internal static class AddressText
{
    /// <summary>Trims and collapses every run of white space into one space.</summary>
    public static string Collapse(string? text) =>
        string.IsNullOrWhiteSpace(text) ? "" : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>
    /// Capitals without accents, ligatures or punctuation (each punctuation mark becomes a space), words
    /// separated by one space; <paramref name="keepHyphens"/> is for foreign postcodes such as "1000-001".
    /// </summary>
    public static string Plain(string? text, bool keepHyphens = false)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            _ = c switch
            {
                'œ' or 'Œ' => plain.Append("OE"),
                'æ' or 'Æ' => plain.Append("AE"),
                'ß' => plain.Append("SS"),
                '-' when keepHyphens => plain.Append('-'),
                _ when char.IsLetterOrDigit(c) => plain.Append(char.ToUpperInvariant(c)),
                _ => plain.Append(' '),
            };
        }

        return Collapse(plain.ToString());
    }

    /// <summary>
    /// Cuts a collapsed line to <paramref name="max"/> characters, at the last word boundary when there is
    /// one, so that no word is printed half.
    /// </summary>
    public static string Cut(string line, int max = MailingAddress.MaxLineLength)
    {
        if (line.Length <= max)
        {
            return line;
        }

        var space = line.LastIndexOf(' ', max);
        return space > 0 ? line[..space].TrimEnd() : line[..max];
    }
}
