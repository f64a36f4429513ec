using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Segments;

public static class SegmentLimits
{
    public const int NameMaxLength = 100;
    public const int DescriptionMaxLength = 500;
    public const int ProfileNameMaxLength = 100;
    public const int MaxColumns = 30;
    public const int MaxCriteria = 60;
    public const int MaxDepth = 8;
}

/// <summary>
/// Saved criteria with a name, shared by all staff. Only the criteria are stored (a versioned JSON tree): the
/// contacts are found again from the database each time the segment is used, so it is never stale.
/// </summary>
public sealed class Segment
{
    private Segment()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    /// <summary>The criteria tree as JSON (see <c>SegmentCriteria</c>), with its format version inside.</summary>
    public string Criteria { get; private set; } = "";

    public string UpdatedBy { get; private set; } = "";

    public DateTimeOffset UpdatedAt { get; private set; }

    public uint Version { get; private set; }

    public static Segment Create(string name, string? description, string criteria, string by, DateTimeOffset at)
    {
        var segment = new Segment();
        segment.Edit(name, description, criteria, by, at);
        return segment;
    }

    public void Edit(string name, string? description, string criteria, string by, DateTimeOffset at)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Le nom du segment est obligatoire.") : name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        Criteria = criteria;
        UpdatedBy = by;
        UpdatedAt = at;
    }
}

/// <summary>A named choice of result columns for the advanced search, shared by all staff.</summary>
public sealed class FieldProfile
{
    private FieldProfile()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public List<string> Columns { get; private set; } = [];

    public uint Version { get; private set; }

    public static FieldProfile Create(string name, IEnumerable<string> columns)
    {
        var profile = new FieldProfile();
        profile.Edit(name, columns);
        return profile;
    }

    public void Edit(string name, IEnumerable<string> columns)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Le nom du profil est obligatoire.") : name.Trim();
        Columns = columns.Distinct().ToList();
        if (Columns.Count == 0)
        {
            throw new DomainException("Un profil affiche au moins une colonne.");
        }
    }
}
