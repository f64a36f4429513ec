using System.Reflection;
using CrmBlazor.Application.Resources;
using CrmBlazor.Application.Segments.Criteria;

namespace CrmBlazor.Application.Segments;

/// <summary>One editable property of a criterion, as the builder renders it.</summary>
public sealed record CriterionInput(PropertyInfo Property, string Label, ChoiceSource? Choices);

/// <summary>A criterion type as the builder offers it: its French label, its family and its inputs.</summary>
public sealed record CriterionKind(Type Type, string Key, CriterionFamily Family, string Label, IReadOnlyList<CriterionInput> Inputs)
{
    public Criterion Create() => (Criterion)Activator.CreateInstance(Type)!;
}

/// <summary>Every criterion class, found by reflection, with its labels (<c>Criterion_{Class}</c>, <c>CriterionField_{Property}</c>).</summary>
public static class CriterionCatalog
{
    public static IReadOnlyList<CriterionKind> All { get; } = CriteriaJson.Types.Select(Describe).ToList();

    public static CriterionKind Of(Criterion criterion) => All.First(k => k.Type == criterion.GetType());

    private static CriterionKind Describe(Type type)
    {
        var attribute = type.GetCustomAttribute<CriterionAttribute>()!;
        var inputs = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.Name is not nameof(Criterion.Exclude) and not nameof(CriteriaGroup.Children) and not nameof(CriteriaGroup.Match))
            .OrderBy(p => p.MetadataToken)
            .Select(p => new CriterionInput(p, Text($"CriterionField_{p.Name}") ?? p.Name, p.GetCustomAttribute<ChoicesAttribute>()?.Source))
            .ToList();
        return new CriterionKind(type, attribute.Key, attribute.Family, Text($"Criterion_{type.Name}") ?? type.Name, inputs);
    }

    private static string? Text(string key) => Messages.ResourceManager.GetString(key, Messages.Culture);
}
