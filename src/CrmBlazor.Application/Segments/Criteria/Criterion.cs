using System.Reflection;

namespace CrmBlazor.Application.Segments.Criteria;

/// <summary>The families the builder's « Ajouter un critère » menu groups criteria by.</summary>
public enum CriterionFamily
{
    Structure,
    Identity,
    Address,
    Markers,
    Organising,
    Email,
    Giving,
}

/// <summary>Names a criterion in the stored JSON (<c>"type"</c>) and places it in the builder's menu.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class CriterionAttribute(string key, CriterionFamily family) : Attribute
{
    public string Key { get; } = key;

    public CriterionFamily Family { get; } = family;
}

/// <summary>Where the builder finds the choices of an id-list or id input.</summary>
public enum ChoiceSource
{
    Tags,
    Groups,
    Segments,
    Campaigns,
    ContactFields,
    SuspensionCodes,
    MarketingCodes,
}

/// <summary>Marks an id (or list of ids) property whose values the builder picks from <see cref="Source"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ChoicesAttribute(ChoiceSource source) : Attribute
{
    public ChoiceSource Source { get; } = source;
}

/// <summary>
/// One condition on a contact. Each criterion is a small class: its settable properties are what the builder
/// edits and what the JSON stores; <see cref="Where"/> gives a boolean SQL expression over <c>contacts c</c>
/// whose every value is a parameter. Adding a criterion is adding one such class with <see cref="CriterionAttribute"/>.
/// </summary>
public abstract class Criterion
{
    /// <summary>« Sauf » : keeps the contacts the condition does not match (exclude a group, did not give…).</summary>
    public bool Exclude { get; set; }

    [System.Text.Json.Serialization.JsonIgnore]
    public string Key => GetType().GetCustomAttribute<CriterionAttribute>()!.Key;

    /// <summary>The condition, NULL-safe and negated when <see cref="Exclude"/> is set.</summary>
    public string ToSql(SqlContext sql)
    {
        var condition = Where(sql);
        return Exclude ? $"NOT COALESCE(({condition}), false)" : $"({condition})";
    }

    /// <summary>A boolean SQL expression on the contact row <c>c</c>; values only through <see cref="SqlContext.Value"/>.</summary>
    protected abstract string Where(SqlContext sql);
}
