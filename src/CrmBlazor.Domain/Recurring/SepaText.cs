namespace CrmBlazor.Domain.Recurring;

/// <summary>The SEPA Latin character set: what banks accept in references and names of a pain.008 file.</summary>
public static class SepaText
{
    private const string Punctuation = "/-?:().,'+ ";

    public static bool IsAllowed(string text) => text.All(c => char.IsAsciiLetterOrDigit(c) || Punctuation.Contains(c));

    /// <summary>Accents dropped and anything else replaced by a space, cut to <paramref name="maxLength"/>.</summary>
    public static string Clean(string text, int maxLength)
    {
        var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
        var kept = new System.Text.StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            kept.Append(char.IsAsciiLetterOrDigit(c) || Punctuation.Contains(c) ? c : ' ');
        }

        var cleaned = kept.ToString().Trim();
        return cleaned.Length <= maxLength ? cleaned : cleaned[..maxLength].TrimEnd();
    }
}
