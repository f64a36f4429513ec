using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Organising;

public enum CustomFieldKind
{
    Text,
    Choice,
    MultiChoice,
    Phone,
    Number,
    Date,
    YesNo,
}

/// <summary>What a custom field describes: a contact or a group.</summary>
public enum CustomFieldTarget
{
    Contact,
    Group,
}

/// <summary>A field an administrator adds to contacts or groups (« taille de t-shirt », « date d'AG »…).</summary>
public sealed class CustomField
{
    private CustomField()
    {
    }

    public long Id { get; private set; }

    public CustomFieldTarget Target { get; private set; }

    public string Label { get; private set; } = "";

    /// <summary>Never changes once created: stored values are typed by it.</summary>
    public CustomFieldKind Kind { get; private set; }

    /// <summary>The choices of a dropdown or multi-select field; empty for the other kinds.</summary>
    public List<string> Options { get; private set; } = [];

    public int Position { get; private set; }

    public bool IsActive { get; private set; } = true;

    public uint Version { get; private set; }

    public bool HasOptions => Kind is CustomFieldKind.Choice or CustomFieldKind.MultiChoice;

    public static CustomField Create(CustomFieldTarget target, string label, CustomFieldKind kind, IEnumerable<string> options, int position)
    {
        var field = new CustomField { Target = target, Kind = kind, Position = position };
        field.Edit(label, options);
        return field;
    }

    /// <summary>Renames the field and sets its choices; a choice in use may be renamed only by adding the new one.</summary>
    public void Edit(string label, IEnumerable<string> options)
    {
        Label = string.IsNullOrWhiteSpace(label) ? throw new DomainException("Le libellé du champ est obligatoire.") : label.Trim();
        var cleaned = options.Select(o => o.Trim()).Where(o => o.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (HasOptions && cleaned.Count == 0)
        {
            throw new DomainException("Une liste déroulante ou un choix multiple demande au moins une option.");
        }

        Options = HasOptions ? cleaned : [];
    }

    public void Retire() => IsActive = false;

    public void Restore() => IsActive = true;
}
