using System.Globalization;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Organising;

namespace CrmBlazor.Application.Segments.Criteria;

public enum FieldComparison
{
    Equals,
    Contains,
    AtLeast,
    AtMost,
    IsSet,
    IsNotSet,
}

/// <summary>
/// A contact custom field compared with a typed value, read by the field's kind: « 12,5 » for a number,
/// « 31/12/2026 » for a date, « oui » / « non », one option of a dropdown or of a multi-select.
/// </summary>
[Criterion("custom-field", CriterionFamily.Organising)]
public sealed class CustomFieldCriterion : Criterion
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [Choices(ChoiceSource.ContactFields)]
    public long? FieldId { get; set; }

    public FieldComparison Comparison { get; set; }

    public string? Value { get; set; }

    protected override string Where(SqlContext sql)
    {
        if (FieldId is not { } id || sql.Field(id) is not { } field)
        {
            return sql.Problem(Messages.Segment_UnknownField);
        }

        var values = $"SELECT 1 FROM contact_field_values v WHERE v.contact_id = c.id AND v.field_id = {sql.Value(field.Id)}";
        if (Comparison == FieldComparison.IsSet)
        {
            return $"EXISTS ({values})";
        }

        if (Comparison == FieldComparison.IsNotSet)
        {
            return $"NOT EXISTS ({values})";
        }

        if (string.IsNullOrWhiteSpace(Value))
        {
            return sql.Problem(string.Format(Messages.Segment_FieldValueRequired, field.Label));
        }

        var condition = Condition(sql, field, Value.Trim());
        return condition is null ? sql.Problem(string.Format(Messages.Segment_FieldValueInvalid, Value.Trim(), field.Label)) : $"EXISTS ({values} AND {condition})";
    }

    private string? Condition(SqlContext sql, FieldInfo field, string typed)
    {
        switch (field.Kind)
        {
            case CustomFieldKind.Number when decimal.TryParse(typed.Replace('.', ','), NumberStyles.Number, French, out var number):
                return Compare(sql, "v.number_value", number);
            case CustomFieldKind.Date when DateOnly.TryParseExact(typed, "dd/MM/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date):
                return Compare(sql, "v.date_value", date);
            case CustomFieldKind.YesNo when Comparison == FieldComparison.Equals && YesNo(typed) is { } yes:
                return $"v.bool_value = {sql.Value(yes)}";
            case CustomFieldKind.Choice when Comparison == FieldComparison.Equals && Option(field, typed) is { } option:
                return $"v.text_value = {sql.Value(option)}";
            case CustomFieldKind.MultiChoice when Comparison is FieldComparison.Equals or FieldComparison.Contains && Option(field, typed) is { } option:
                return $"v.choices @> {sql.TextArray([option])}";
            case CustomFieldKind.Phone when Comparison == FieldComparison.Equals && ValidPhoneNumber.TryParse(typed) is { } phone:
                return $"v.text_value = {sql.Value(phone.E164)}";
            case CustomFieldKind.Text when Comparison == FieldComparison.Equals:
                return $"lower(v.text_value) = lower({sql.Value(typed)})";
            case CustomFieldKind.Text when Comparison == FieldComparison.Contains:
                return $"v.text_value ILIKE {sql.Value(SqlText.Contains(typed))}";
            default:
                return null;
        }
    }

    private string? Compare<T>(SqlContext sql, string column, T value)
        where T : notnull => Comparison switch
    {
        FieldComparison.Equals => $"{column} = {sql.Value(value)}",
        FieldComparison.AtLeast => $"{column} >= {sql.Value(value)}",
        FieldComparison.AtMost => $"{column} <= {sql.Value(value)}",
        _ => null,
    };

    private static bool? YesNo(string typed) => typed.ToLowerInvariant() switch
    {
        "oui" or "o" or "vrai" => true,
        "non" or "n" or "faux" => false,
        _ => null,
    };

    private static string? Option(FieldInfo field, string typed) =>
        field.Options.FirstOrDefault(o => string.Equals(o, typed, StringComparison.OrdinalIgnoreCase));
}
