namespace CrmBlazor.Application.Contacts;

/// <summary>What the quick-search box was given, read the way an operator means it.</summary>
public enum SearchKind
{
    None,
    Name,
    Email,
    Phone,
    PostalCode,
}

/// <summary>
/// Classifies typed text: digits are a phone number, a postcode or a member number; text with « @ »
/// (or a dot and no space) an email; anything else a name. Pure, so the rules have plain unit tests.
/// </summary>
public sealed record SearchText(SearchKind Kind, string Text, string Digits, long? MemberNumber)
{
    public const int MinNameLength = 2;
    public const int MaxLength = 100;

    public static SearchText Parse(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }

        var digits = new string(text.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length >= 2 && text.All(c => char.IsAsciiDigit(c) || c is ' ' or '.' or '-' or '+' or '(' or ')'))
        {
            long? member = digits.Length <= 12 && long.TryParse(digits, out var n) ? n : null;
            var kind = digits.Length <= 5 && !text.Contains('+', StringComparison.Ordinal) ? SearchKind.PostalCode : SearchKind.Phone;
            return new SearchText(kind, text, digits, member);
        }

        if (text.Contains('@', StringComparison.Ordinal) || (text.Contains('.', StringComparison.Ordinal) && !text.Contains(' ', StringComparison.Ordinal)))
        {
            return new SearchText(SearchKind.Email, text.ToLowerInvariant(), "", null);
        }

        var name = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        return name.Length >= MinNameLength ? new SearchText(SearchKind.Name, name, "", null) : new SearchText(SearchKind.None, name, "", null);
    }

    /// <summary>The text as a LIKE prefix pattern, its wildcards escaped.</summary>
    public static string PrefixPattern(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal) + "%";
}
