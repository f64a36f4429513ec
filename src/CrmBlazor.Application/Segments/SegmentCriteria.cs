using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using CrmBlazor.Application.Segments.Criteria;

namespace CrmBlazor.Application.Segments;

/// <summary>
/// The stored form of a segment: a format version and the root ET/OU block. The version lets a later release read
/// older segments (upgrade them here when the format changes).
/// </summary>
public sealed class SegmentCriteria
{
    public const int CurrentVersion = 1;

    public int Version { get; set; } = CurrentVersion;

    public CriteriaGroup Root { get; set; } = new();

    public static SegmentCriteria Empty() => new();

    public string ToJson() => JsonSerializer.Serialize(this, CriteriaJson.Options);

    public static SegmentCriteria FromJson(string json)
    {
        var criteria = JsonSerializer.Deserialize<SegmentCriteria>(json, CriteriaJson.Options) ?? throw new JsonException("Critères vides.");
        if (criteria.Version > CurrentVersion)
        {
            throw new JsonException($"Critères au format {criteria.Version}, plus récent que celui de cette version ({CurrentVersion}).");
        }

        return criteria;
    }

    /// <summary>A deep copy (through JSON), so the builder can edit without touching what was loaded.</summary>
    public SegmentCriteria Clone() => FromJson(ToJson());
}

/// <summary>
/// JSON of criteria: every <see cref="Criterion"/> subclass carrying <see cref="CriterionAttribute"/> is found by
/// reflection and written with its key as <c>"type"</c>, so a new criterion class needs no registration.
/// </summary>
public static class CriteriaJson
{
    public static IReadOnlyList<Type> Types { get; } = typeof(Criterion).Assembly.GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && t.IsSubclassOf(typeof(Criterion)) && t.GetCustomAttribute<CriterionAttribute>() is not null)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .ToList();

    public static JsonSerializerOptions Options { get; } = Build();

    private static JsonSerializerOptions Build()
    {
        var resolver = new DefaultJsonTypeInfoResolver();
        resolver.Modifiers.Add(info =>
        {
            if (info.Type != typeof(Criterion))
            {
                return;
            }

            info.PolymorphismOptions = new JsonPolymorphismOptions
            {
                TypeDiscriminatorPropertyName = "type",
                UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization,
            };
            foreach (var type in Types)
            {
                info.PolymorphismOptions.DerivedTypes.Add(new JsonDerivedType(type, type.GetCustomAttribute<CriterionAttribute>()!.Key));
            }
        });
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            TypeInfoResolver = resolver,

            // jsonb stores keys by length, so "type" may come after "text" when a saved segment is read back.
            AllowOutOfOrderMetadataProperties = true,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new JsonStringEnumConverter() },
        };
        options.MakeReadOnly();
        return options;
    }
}
