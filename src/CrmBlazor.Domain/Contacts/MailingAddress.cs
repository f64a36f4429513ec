namespace CrmBlazor.Domain.Contacts;

/// <summary>
/// Renders a postal address as the lines of an envelope or label following AFNOR NF Z10-011, the layout
/// La Poste's sorting machines expect. The address is stored in structured fields and only turned into
/// lines at print time, so the norm's constraints (38 characters, no punctuation nor accents from line 4,
/// capitals, abbreviations only beyond 32 characters, destination country last) live here and nowhere
/// else. Lines 1–3 are read by the postman rather than by machines and keep the writing of the contact.
/// </summary>
public static class MailingAddress
{
    public const int MaxLines = 6;
    public const int MaxLinesAbroad = 7;
    public const int MaxLineLength = 38;

    // French territories served by La Poste as domestic mail: no country line.
    private static readonly HashSet<string> Domestic = new(StringComparer.Ordinal)
    {
        ContactAddress.France, "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF", "NC", "PF", "WF",
    };

    // La Poste writes the destination country in French, capitals, without accents.
    private static readonly Dictionary<string, string> CountryNames = new(StringComparer.Ordinal)
    {
        ["AD"] = "ANDORRE",
        ["AT"] = "AUTRICHE",
        ["BE"] = "BELGIQUE",
        ["CA"] = "CANADA",
        ["CH"] = "SUISSE",
        ["CI"] = "COTE D IVOIRE",
        ["DE"] = "ALLEMAGNE",
        ["DK"] = "DANEMARK",
        ["DZ"] = "ALGERIE",
        ["ES"] = "ESPAGNE",
        ["GB"] = "ROYAUME-UNI",
        ["GR"] = "GRECE",
        ["IE"] = "IRLANDE",
        ["IT"] = "ITALIE",
        ["LU"] = "LUXEMBOURG",
        ["MA"] = "MAROC",
        ["MC"] = "MONACO",
        ["NL"] = "PAYS-BAS",
        ["PL"] = "POLOGNE",
        ["PT"] = "PORTUGAL",
        ["SE"] = "SUEDE",
        ["SN"] = "SENEGAL",
        ["TN"] = "TUNISIE",
        ["US"] = "ETATS-UNIS",
    };

    private static readonly Dictionary<string, string> NumberIndexes = new(StringComparer.Ordinal)
    {
        ["BIS"] = "B",
        ["TER"] = "T",
        ["QUATER"] = "Q",
    };

    /// <summary>
    /// The lines of the address block, line 1 being <paramref name="recipient"/>; empty lines are left
    /// out, so there are at most <see cref="MaxLines"/> lines in France and <see cref="MaxLinesAbroad"/>
    /// abroad, each at most <see cref="MaxLineLength"/> characters long.
    /// </summary>
    public static IReadOnlyList<string> Lines(string recipient, PostalAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);

        var country = AddressText.Collapse(address.Country).ToUpperInvariant();
        var abroad = IsAbroad(country);

        string[] lines =
        [
            AddressText.Cut(AddressText.Collapse(recipient)),
            AddressText.Cut(AddressText.Collapse(address.Delivery)),
            AddressText.Cut(AddressText.Collapse(address.Building)),
            AddressText.Cut(Street(address.Street)),
            AddressText.Cut(AddressText.Plain(address.Locality)),
            AddressText.Cut(PostcodeAndCity(address.PostalCode, address.City, abroad)),
            abroad ? CountryName(country) : "",
        ];

        return lines.Where(line => line.Length > 0).ToArray();
    }

    /// <summary>Whether La Poste carries mail to <paramref name="country"/> (ISO code) abroad: the block then ends with the country's name.</summary>
    public static bool IsAbroad(string? country)
    {
        var code = AddressText.Collapse(country).ToUpperInvariant();
        return code.Length > 0 && !Domestic.Contains(code);
    }

    private static string Street(string? street)
    {
        var words = AddressText.Plain(street).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count == 0)
        {
            return "";
        }

        // "5BIS" typed without a space: split the number from its index.
        var first = words[0];
        var digits = first.TakeWhile(char.IsAsciiDigit).Count();
        if (digits > 0 && digits < first.Length && NumberIndexes.ContainsKey(first[digits..]))
        {
            words[0] = first[..digits];
            words.Insert(1, first[digits..]);
        }

        // "5 bis" → "5 B": only the index right after the leading number, never a word of the name.
        if (words.Count > 1 && words[0].All(char.IsAsciiDigit) && NumberIndexes.TryGetValue(words[1], out var index))
        {
            words[1] = index;
        }

        return StreetAbbreviations.Shorten(string.Join(' ', words));
    }

    private static string PostcodeAndCity(string? postalCode, string? city, bool abroad)
    {
        // A French postcode is five digits, sometimes typed "75 007"; foreign ones keep their own layout
        // ("SW1A 1AA", "1000-001").
        var code = abroad
            ? AddressText.Plain(postalCode, keepHyphens: true)
            : AddressText.Plain(postalCode).Replace(" ", "", StringComparison.Ordinal);
        return AddressText.Collapse($"{code} {AddressText.Plain(city)}");
    }

    private static string CountryName(string code) =>
        AddressText.Cut(CountryNames.TryGetValue(code, out var name) ? name : AddressText.Plain(code));
}
