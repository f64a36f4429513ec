namespace CrmBlazor.Domain.Payments;

/// <summary>A BIC (ISO 9362): bank (4 letters), country (2 letters), location (2), optional branch (3).</summary>
public static class Bic
{
    public static string? Normalize(string? bic) =>
        string.IsNullOrWhiteSpace(bic) ? null : string.Concat(bic.Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    public static bool IsValid(string? bic) =>
        Normalize(bic) is { Length: 8 or 11 } compact
        && compact[..6].All(char.IsAsciiLetterUpper)
        && compact[6..].All(char.IsAsciiLetterOrDigit);
}
