using CrmBlazor.Application.Resources;

namespace CrmBlazor.Application.Segments.Criteria;

public enum GroupMatch
{
    /// <summary>ET: every condition.</summary>
    All,

    /// <summary>OU: at least one condition.</summary>
    Any,
}

/// <summary>A nested block of conditions joined by ET or OU.</summary>
[Criterion("group", CriterionFamily.Structure)]
public sealed class CriteriaGroup : Criterion
{
    public GroupMatch Match { get; set; }

    public List<Criterion> Children { get; set; } = [];

    protected override string Where(SqlContext sql)
    {
        if (Children.Count == 0)
        {
            return "TRUE";
        }

        sql.EnterGroup();
        try
        {
            return string.Join(Match == GroupMatch.All ? " AND " : " OR ", Children.Select(c => c.ToSql(sql)));
        }
        finally
        {
            sql.LeaveGroup();
        }
    }

    /// <summary>Every criterion of the tree, this group and nested groups included.</summary>
    public IEnumerable<Criterion> Descendants()
    {
        foreach (var child in Children)
        {
            yield return child;
            if (child is CriteriaGroup group)
            {
                foreach (var nested in group.Descendants())
                {
                    yield return nested;
                }
            }
        }
    }

    internal static string TooDeep => string.Format(Messages.Segment_TooDeep, Domain.Segments.SegmentLimits.MaxDepth);
}
