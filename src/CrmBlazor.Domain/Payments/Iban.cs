using System.Collections.Frozen;

namespace CrmBlazor.Domain.Payments;

/// <summary>
/// An IBAN (ISO 13616): country code, two check digits, then the national account number. People type it with
/// spaces and in lower case; it is stored compact and upper case, and shown in groups of four.
/// </summary>
public static class Iban
{
    public const int MaxLength = 34;

    /// <summary>IBAN lengths by country, from the SWIFT IBAN registry. France and its overseas territories use FR (27).</summary>
    private static readonly FrozenDictionary<string, int> Lengths = new Dictionary<string, int>
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22, ["BH"] = 22,
        ["BI"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28, ["CZ"] = 24, ["DE"] = 22, ["DJ"] = 27,
        ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24, ["FI"] = 18, ["FK"] = 18, ["FO"] = 18, ["FR"] = 27,
        ["GB"] = 22, ["GE"] = 22, ["GI"] = 23, ["GL"] = 18, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22,
        ["IL"] = 23, ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32,
        ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22, ["MK"] = 19,
        ["MN"] = 20, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PK"] = 24,
        ["PL"] = 28, ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24, ["SC"] = 31,
        ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25, ["SV"] = 28, ["TL"] = 23,
        ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24, ["XK"] = 20, ["YE"] = 30,
    }.ToFrozenDictionary();

    /// <summary>Without spaces (any whitespace) and in upper case; null stays null.</summary>
    public static string? Normalize(string? iban) =>
        iban is null ? null : string.Concat(iban.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string? iban)
    {
        var compact = Normalize(iban);
        if (compact is not { Length: >= 5 } || !compact.All(char.IsAsciiLetterOrDigit))
        {
            return false;
        }

        var country = compact[..2];
        if (!country.All(char.IsAsciiLetterUpper) || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return false;
        }

        return Lengths.TryGetValue(country, out var length) && compact.Length == length && Mod97(compact) == 1;
    }

    /// <summary>Why an IBAN is refused, in words a donor on the phone understands; empty when it is valid.</summary>
    public static string Explain(string? iban)
    {
        var compact = Normalize(iban) ?? "";
        if (compact.Length == 0)
        {
            return "Saisissez l'IBAN.";
        }

        if (!compact.All(char.IsAsciiLetterOrDigit))
        {
            return "L'IBAN ne contient que des lettres et des chiffres (les espaces sont acceptés).";
        }

        if (compact.Length < 4 || !compact[..2].All(char.IsAsciiLetterUpper) || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            return "L'IBAN commence par le code du pays puis deux chiffres de contrôle (ex. FR76…).";
        }

        var country = compact[..2];
        if (!Lengths.TryGetValue(country, out var length))
        {
            return $"Le code pays « {country} » de l'IBAN est inconnu.";
        }

        if (compact.Length != length)
        {
            return country == "FR"
                ? $"Un IBAN français fait 27 caractères ; celui-ci en a {compact.Length}."
                : $"Un IBAN {country} fait {length} caractères ; celui-ci en a {compact.Length}.";
        }

        return Mod97(compact) == 1 ? "" : "La clé de contrôle de l'IBAN est fausse : vérifiez chaque caractère.";
    }

    /// <summary>« FR76 3000 6000 0112 3456 7890 189 »: groups of four, as on a RIB.</summary>
    public static string Format(string iban)
    {
        var compact = Normalize(iban) ?? "";
        return string.Join(' ', compact.Chunk(4).Select(group => new string(group)));
    }

    /// <summary>The country code and check digits move to the end, letters count A = 10 … Z = 35, and the whole number is taken mod 97.</summary>
    private static int Mod97(string compact)
    {
        var remainder = 0;
        foreach (var c in compact[4..] + compact[..4])
        {
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value < 10 ? ((remainder * 10) + value) % 97 : ((remainder * 100) + value) % 97;
        }

        return remainder;
    }
}
