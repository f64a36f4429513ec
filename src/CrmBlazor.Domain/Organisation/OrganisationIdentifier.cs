namespace CrmBlazor.Domain.Organisation;

/// <summary>
/// What identifies the association on a receipt: its SIREN (9 digits, Luhn key) once registered with INSEE, or else
/// its RNA number from the prefecture's register (« W » and 9 digits). Typed with spaces; kept compact, upper case.
/// </summary>
public static class OrganisationIdentifier
{
    public const int SirenLength = 9;

    public static string Normalize(string? identifier) =>
        string.Concat((identifier ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string? identifier) => IsSiren(identifier) || IsRna(identifier);

    public static bool IsSiren(string? identifier)
    {
        var compact = Normalize(identifier);
        return compact.Length == SirenLength && compact.All(char.IsAsciiDigit) && PassesLuhn(compact);
    }

    public static bool IsRna(string? identifier)
    {
        var compact = Normalize(identifier);
        return compact.Length == SirenLength + 1 && compact[0] == 'W' && compact[1..].All(char.IsAsciiDigit);
    }

    private static bool PassesLuhn(string digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            var digit = digits[digits.Length - 1 - i] - '0';
            if (i % 2 == 1)
            {
                digit = digit * 2 > 9 ? (digit * 2) - 9 : digit * 2;
            }

            sum += digit;
        }

        return sum % 10 == 0;
    }
}
