namespace CrmBlazor.Domain.Contacts;

/// <summary>
/// La Poste's abbreviations for line 4 (HEXAVIA / NF Z10-011). The norm wants the street name in full and
/// tolerates abbreviations only when it would exceed 32 characters, so they are applied one at a time, in
/// order of least information lost (street type first, then titles), stopping as soon as the line fits.
/// </summary>
internal static class StreetAbbreviations
{
    /// <summary>What the norm allows for the street name before abbreviating it.</summary>
    public const int StreetNameLength = 32;

    // "RUE" is never abbreviated. Multi-word types come first so that "ZONE INDUSTRIELLE" wins over "ZONE".
    private static readonly (string[] Words, string Short)[] StreetTypes = Table(
        ("ZONE INDUSTRIELLE", "ZI"),
        ("ZONE ARTISANALE", "ZA"),
        ("AVENUE", "AV"),
        ("BOULEVARD", "BD"),
        ("CHEMIN", "CHE"),
        ("IMPASSE", "IMP"),
        ("PLACE", "PL"),
        ("ROUTE", "RTE"),
        ("ALLEE", "ALL"),
        ("SQUARE", "SQ"),
        ("FAUBOURG", "FG"),
        ("RESIDENCE", "RES"),
        ("QUARTIER", "QUA"),
        ("CHAUSSEE", "CHS"),
        ("PROMENADE", "PROM"),
        ("LOTISSEMENT", "LOT"),
        ("HAMEAU", "HAM"));

    private static readonly (string[] Words, string Short)[] Titles = Table(
        ("GENERAL", "GAL"),
        ("MARECHAL", "MAL"),
        ("DOCTEUR", "DR"),
        ("PROFESSEUR", "PR"),
        ("PRESIDENT", "PDT"),
        ("SAINT", "ST"),
        ("SAINTE", "STE"),
        ("NOTRE DAME", "ND"),
        ("COMMANDANT", "CDT"),
        ("CAPITAINE", "CAP"),
        ("LIEUTENANT", "LT"),
        ("MONSEIGNEUR", "MGR"));

    /// <summary>
    /// Shortens a normalised street line (capitals, single spaces) to at most
    /// <see cref="StreetNameLength"/> characters when the abbreviations allow it; a line that already fits
    /// is returned unchanged, one that still does not fit is returned as short as the table makes it.
    /// </summary>
    public static string Shorten(string street)
    {
        if (street.Length <= StreetNameLength)
        {
            return street;
        }

        var words = street.Split(' ').ToList();

        // The street type is the first word after the number and its index ("12 B AVENUE …"); the same
        // word further on is part of the name ("RUE DE LA PLACE") and stays whole.
        var typeAt = words.FindIndex(w => !IsNumberOrIndex(w));
        if (typeAt >= 0)
        {
            foreach (var (full, abbreviation) in StreetTypes)
            {
                if (StartsAt(words, typeAt, full))
                {
                    words.RemoveRange(typeAt, full.Length);
                    words.Insert(typeAt, abbreviation);
                    break;
                }
            }
        }

        foreach (var (full, abbreviation) in Titles)
        {
            if (Length(words) <= StreetNameLength)
            {
                break;
            }

            for (var i = Math.Max(typeAt, 0); i < words.Count; i++)
            {
                if (StartsAt(words, i, full))
                {
                    words.RemoveRange(i, full.Length);
                    words.Insert(i, abbreviation);
                }
            }
        }

        return string.Join(' ', words);
    }

    private static bool IsNumberOrIndex(string word) => word.Length == 1 || word.All(char.IsAsciiDigit);

    private static bool StartsAt(List<string> words, int index, string[] expression)
    {
        if (index + expression.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < expression.Length; k++)
        {
            if (!string.Equals(words[index + k], expression[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static int Length(List<string> words) => words.Sum(w => w.Length) + words.Count - 1;

    private static (string[] Words, string Short)[] Table(params (string Full, string Short)[] rows) =>
        rows.Select(r => (r.Full.Split(' '), r.Short)).ToArray();
}
