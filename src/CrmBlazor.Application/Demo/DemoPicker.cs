using System.Globalization;
using System.Text;

namespace CrmBlazor.Application.Demo;

/// <summary>
/// Draws an index with given weights in O(1): a slot table where each index fills a share of the slots. Millions of
/// draws per load make a cumulative-weight binary search a measurable cost.
/// </summary>
internal sealed class DemoPicker
{
    private const int SlotCount = 1 << 16;

    private readonly int[] _slots;

    private DemoPicker(IReadOnlyList<double> weights)
    {
        var total = weights.Sum();
        var slots = new List<int>(SlotCount + weights.Count);
        for (var i = 0; i < weights.Count; i++)
        {
            var share = Math.Max(1, (int)Math.Round(weights[i] / total * SlotCount));
            slots.AddRange(Enumerable.Repeat(i, share));
        }

        _slots = [.. slots];
    }

    public static DemoPicker Weighted(IEnumerable<int> weights) => new(weights.Select(w => (double)w).ToList());

    /// <summary>Rank-frequency skew of names: the weight of rank r is 1 / (r + offset)^exponent.</summary>
    public static DemoPicker Ranked(int count, double offset, double exponent) =>
        new(Enumerable.Range(0, count).Select(r => 1 / Math.Pow(r + offset, exponent)).ToList());

    public int Next(Random random) => _slots[random.Next(_slots.Length)];
}

/// <summary>How names become e-mail local parts and host names: no accents, lower case, no spaces nor apostrophes.</summary>
internal static class DemoAscii
{
    public static string Slug(string text, char space = '\0')
    {
        var slug = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            _ = c switch
            {
                'œ' or 'Œ' => slug.Append("oe"),
                'æ' or 'Æ' => slug.Append("ae"),
                'ß' => slug.Append("ss"),
                '-' => slug.Append('-'),
                ' ' or '\'' when space != '\0' => slug.Append(space),
                _ when char.IsAsciiLetterOrDigit(c) => slug.Append(char.ToLowerInvariant(c)),
                _ => slug,
            };
        }

        return slug.ToString();
    }

    /// <summary>« SAINT-MALO » → « Saint-Malo », for organisation names.</summary>
    public static string TitleCase(string city) =>
        CultureInfo.InvariantCulture.TextInfo.ToTitleCase(city.ToLowerInvariant());

    /// <summary>Formats a count the French way (« 1 000 000 »), for the journal and the command's messages.</summary>
    public static string Count(long value) => value.ToString("N0", CultureInfo.GetCultureInfo("fr-FR"));
}
