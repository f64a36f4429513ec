using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Application.Segments.Criteria;

/// <summary>The name (nom, or raison sociale) starts with the text, accents and case ignored.</summary>
[Criterion("name", CriterionFamily.Identity)]
public sealed class NameCriterion : Criterion
{
    public string? Text { get; set; }

    protected override string Where(SqlContext sql) =>
        string.IsNullOrWhiteSpace(Text)
            ? sql.Problem(Messages.Segment_NameRequired)
            : $"c.search_name LIKE f_unaccent(lower({sql.Value(SqlText.Prefix(Text.Trim()))}))";
}

/// <summary>A person or an organisation.</summary>
[Criterion("kind", CriterionFamily.Identity)]
public sealed class ContactKindCriterion : Criterion
{
    public ContactKind Kind { get; set; }

    protected override string Where(SqlContext sql) => $"c.kind = {sql.Value(Kind.ToString())}";
}

/// <summary>The member number is in a range (either bound may be left empty).</summary>
[Criterion("member-number", CriterionFamily.Identity)]
public sealed class MemberNumberCriterion : Criterion
{
    public long? From { get; set; }

    public long? To { get; set; }

    protected override string Where(SqlContext sql) => Range.Sql(sql, "c.member_number", From, To);
}

/// <summary>The SQL of an inclusive range whose bounds are optional, and its checks.</summary>
internal static class Range
{
    public static string Sql<T>(SqlContext sql, string column, T? from, T? to)
        where T : struct, IComparable<T>
    {
        if (from is null && to is null)
        {
            return sql.Problem(Messages.Segment_RangeRequired);
        }

        if (from is { } f && to is { } t && f.CompareTo(t) > 0)
        {
            return sql.Problem(Messages.Segment_RangeReversed);
        }

        var parts = new List<string>(2);
        if (from is { } low)
        {
            parts.Add($"{column} >= {sql.Value(low)}");
        }

        if (to is { } high)
        {
            parts.Add($"{column} <= {sql.Value(high)}");
        }

        return string.Join(" AND ", parts);
    }
}
