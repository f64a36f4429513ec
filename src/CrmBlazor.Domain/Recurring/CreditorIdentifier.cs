namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// The SEPA creditor identifier (ICS, « identifiant créancier SEPA »): country code, two check digits, a 3-character
/// creditor business code, then the national identifier. A French ICS has 13 characters (the national identifier is
/// the former 6-character NNE), e.g. FR72ZZZ123456. The check digits are ISO 7064 mod 97-10 computed over the national
/// identifier followed by the country code and « 00 »: the business code is left out, so the creditor may change it
/// freely. Other SEPA countries use the same structure with longer national identifiers (DE98ZZZ09999999999).
/// </summary>
public static class CreditorIdentifier
{
    public const int FrenchLength = 13;
    public const int MaxLength = 35;
    private const int BusinessCodeEnd = 7;

    /// <summary>Without whitespace and in upper case; null stays null.</summary>
    public static string? Normalize(string? identifier) =>
        identifier is null ? null : string.Concat(identifier.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string? identifier) => Explain(identifier).Length == 0;

    /// <summary>Why an ICS is refused, in French; empty when it is valid.</summary>
    public static string Explain(string? identifier)
    {
        var compact = Normalize(identifier) ?? "";
        if (compact.Length == 0)
        {
            return "Saisissez l'identifiant créancier SEPA (ICS).";
        }

        if (!compact.All(char.IsAsciiLetterOrDigit))
        {
            return "L'ICS ne contient que des lettres et des chiffres (les espaces sont acceptés).";
        }

        if (compact.Length < 4 || !compact[..2].All(char.IsAsciiLetterUpper) || !compact[2..4].All(char.IsAsciiDigit))
        {
            return "L'ICS commence par le code du pays puis deux chiffres de contrôle (ex. FR72ZZZ123456).";
        }

        if (compact.StartsWith("FR", StringComparison.Ordinal) && compact.Length != FrenchLength)
        {
            return $"Un ICS français fait 13 caractères (ex. FR72ZZZ123456) ; celui-ci en a {compact.Length}.";
        }

        if (compact.Length <= BusinessCodeEnd || compact.Length > MaxLength)
        {
            return $"Un ICS fait entre 8 et {MaxLength} caractères ; celui-ci en a {compact.Length}.";
        }

        return CheckDigits(compact) == compact[2..4] ? "" : "La clé de contrôle de l'ICS est fausse : vérifiez chaque caractère.";
    }

    /// <summary>The two check digits the identifier should carry: 98 minus (national id + country + « 00 ») mod 97.</summary>
    private static string CheckDigits(string compact)
    {
        var remainder = 0;
        foreach (var c in string.Concat(compact[BusinessCodeEnd..], compact[..2], "00"))
        {
            // Letters count A = 10 … Z = 35, i.e. two decimal digits.
            var value = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            remainder = value < 10 ? ((remainder * 10) + value) % 97 : ((remainder * 100) + value) % 97;
        }

        return (98 - remainder).ToString("00", System.Globalization.CultureInfo.InvariantCulture);
    }
}
