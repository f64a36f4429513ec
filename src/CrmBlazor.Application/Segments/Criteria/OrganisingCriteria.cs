using CrmBlazor.Application.Resources;

namespace CrmBlazor.Application.Segments.Criteria;

/// <summary>Carries the chosen tags: any of them, or all of them.</summary>
[Criterion("tag", CriterionFamily.Organising)]
public sealed class TagCriterion : Criterion
{
    [Choices(ChoiceSource.Tags)]
    public List<long> TagIds { get; set; } = [];

    public bool AllOfThem { get; set; }

    protected override string Where(SqlContext sql)
    {
        var ids = TagIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return sql.Problem(Messages.Segment_ChoiceRequired);
        }

        var tagged = $"SELECT 1 FROM contact_tags t WHERE t.contact_id = c.id AND t.tag_id = ANY({sql.IdArray(ids)})";
        return AllOfThem && ids.Count > 1 ? $"(SELECT count(*) FROM ({tagged}) x) = {ids.Count}" : $"EXISTS ({tagged})";
    }
}

/// <summary>Member of at least one of the chosen groups (with « Sauf »: of none of them).</summary>
[Criterion("group-member", CriterionFamily.Organising)]
public sealed class GroupMemberCriterion : Criterion
{
    [Choices(ChoiceSource.Groups)]
    public List<long> GroupIds { get; set; } = [];

    protected override string Where(SqlContext sql) =>
        GroupIds.Count == 0
            ? sql.Problem(Messages.Segment_ChoiceRequired)
            : $"EXISTS (SELECT 1 FROM group_members g WHERE g.contact_id = c.id AND g.group_id = ANY({sql.IdArray(GroupIds)}))";
}

/// <summary>In another saved segment, as it is now (with « Sauf »: not in it).</summary>
[Criterion("segment", CriterionFamily.Organising)]
public sealed class InSegmentCriterion : Criterion
{
    [Choices(ChoiceSource.Segments)]
    public long? SegmentId { get; set; }

    protected override string Where(SqlContext sql) =>
        SegmentId is { } id ? sql.Include(id) : sql.Problem(Messages.Segment_ChoiceRequired);
}
