namespace CrmBlazor.Application.Segments.Criteria;

/// <summary>Helpers for the values criteria accept as lists typed by staff (« 75, 92, 93 »).</summary>
public static class SqlText
{
    public static IReadOnlyList<string> Items(string? typed) =>
        (typed ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    /// <summary>The LIKE pattern « starts with <paramref name="value"/> », its wildcards escaped.</summary>
    public static string Prefix(string value) => Contacts.SearchText.PrefixPattern(value);

    public static string Contains(string value) => "%" + Contacts.SearchText.PrefixPattern(value);

    /// <summary>The contact's main address matches <paramref name="condition"/> (on alias <c>a</c>).</summary>
    public static string MainAddress(string condition) =>
        $"EXISTS (SELECT 1 FROM contact_addresses a WHERE a.contact_id = c.id AND a.is_main AND {condition})";
}
