using System.Globalization;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Organising;

/// <summary>A value as typed on the record, before the field's kind says which part of it counts.</summary>
public sealed record CustomValueInput(string? Text = null, decimal? Number = null, DateOnly? Date = null, bool? YesNo = null, IReadOnlyList<string>? Choices = null);

/// <summary>
/// One typed value of one custom field: exactly one of the value columns is set, the one of the field's kind, so
/// segments compare dates as dates and numbers as numbers (the database checks it too).
/// </summary>
public abstract class CustomFieldValue
{
    public long FieldId { get; protected set; }

    /// <summary>The field's kind, repeated so the database can check that only its value column is set.</summary>
    public CustomFieldKind Kind { get; protected set; }

    /// <summary>Text, phone (E.164) and dropdown values.</summary>
    public string? TextValue { get; protected set; }

    public decimal? NumberValue { get; protected set; }

    public DateOnly? DateValue { get; protected set; }

    public bool? BoolValue { get; protected set; }

    /// <summary>The options ticked in a multi-select field.</summary>
    public List<string>? Choices { get; protected set; }

    /// <summary>Sets the value from what was typed; false when the input is empty (the value is then to be removed).</summary>
    public bool Set(CustomField field, CustomValueInput input)
    {
        if (field.Id != FieldId)
        {
            throw new DomainException("Ce champ ne correspond pas à cette valeur.");
        }

        Kind = field.Kind;
        TextValue = null;
        NumberValue = null;
        DateValue = null;
        BoolValue = null;
        Choices = null;
        switch (field.Kind)
        {
            case CustomFieldKind.Text:
                TextValue = string.IsNullOrWhiteSpace(input.Text) ? null : input.Text.Trim();
                return TextValue is not null;
            case CustomFieldKind.Phone:
                if (string.IsNullOrWhiteSpace(input.Text))
                {
                    return false;
                }

                TextValue = (ValidPhoneNumber.TryParse(input.Text) ?? throw new DomainException($"« {input.Text} » n'est pas un numéro de téléphone valide.")).E164;
                return true;
            case CustomFieldKind.Choice:
                if (string.IsNullOrWhiteSpace(input.Text))
                {
                    return false;
                }

                TextValue = OptionOf(field, input.Text);
                return true;
            case CustomFieldKind.MultiChoice:
                var chosen = (input.Choices ?? []).Where(c => !string.IsNullOrWhiteSpace(c)).Select(c => OptionOf(field, c)).Distinct().ToList();
                Choices = chosen.Count == 0 ? null : chosen;
                return Choices is not null;
            case CustomFieldKind.Number:
                NumberValue = input.Number;
                return NumberValue is not null;
            case CustomFieldKind.Date:
                DateValue = input.Date;
                return DateValue is not null;
            default:
                BoolValue = input.YesNo;
                return BoolValue is not null;
        }
    }

    /// <summary>The value as shown on the record and in result grids.</summary>
    public string Display() =>
        TextValue
        ?? NumberValue?.ToString("#,##0.##", CultureInfo.GetCultureInfo("fr-FR"))
        ?? DateValue?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
        ?? (BoolValue is { } yes ? (yes ? "Oui" : "Non") : null)
        ?? string.Join(", ", Choices ?? []);

    private static string OptionOf(CustomField field, string typed) =>
        field.Options.FirstOrDefault(o => string.Equals(o, typed.Trim(), StringComparison.OrdinalIgnoreCase))
        ?? throw new DomainException($"« {typed.Trim()} » ne fait pas partie des options du champ « {field.Label} ».");
}

/// <summary>A contact's value for a contact custom field.</summary>
public sealed class ContactFieldValue : CustomFieldValue, IContactOwned
{
    private ContactFieldValue()
    {
    }

    public long ContactId { get; private set; }

    public string ContactPart => ContactParts.CustomFields;

    public static ContactFieldValue For(long contactId, long fieldId) => new() { ContactId = contactId, FieldId = fieldId };
}

/// <summary>A group's value for a group custom field.</summary>
public sealed class GroupFieldValue : CustomFieldValue
{
    private GroupFieldValue()
    {
    }

    public long GroupId { get; private set; }

    public static GroupFieldValue For(long groupId, long fieldId) => new() { GroupId = groupId, FieldId = fieldId };
}
