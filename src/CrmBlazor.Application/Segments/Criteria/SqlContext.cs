using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Domain.Segments;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Segments.Criteria;

/// <summary>What a criterion may know of the base while it writes its SQL: a contact custom field.</summary>
public sealed record FieldInfo(long Id, string Label, CustomFieldKind Kind, IReadOnlyList<string> Options);

/// <summary>A saved segment another segment can include.</summary>
public sealed record SegmentInfo(long Id, string Name, SegmentCriteria Criteria);

/// <summary>
/// Collects the parameters and the problems while a criteria tree is turned into SQL. Values never enter the SQL
/// text: <see cref="Value"/> returns a placeholder and keeps the value as a typed parameter.
/// </summary>
public sealed class SqlContext(
    DateOnly today,
    IReadOnlyDictionary<long, FieldInfo> fields,
    IReadOnlyDictionary<long, SegmentInfo> segments)
{
    private readonly List<NpgsqlParameter> _parameters = [];
    private readonly List<string> _problems = [];
    private readonly Stack<long> _including = new();
    private int _depth;

    public DateOnly Today { get; } = today;

    public IReadOnlyList<NpgsqlParameter> Parameters => _parameters;

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>A placeholder (<c>@s3</c>) for <paramref name="value"/>, sent as a parameter of the given type.</summary>
    public string Value(object value, NpgsqlDbType? type = null)
    {
        var name = $"s{_parameters.Count}";
        var parameter = type is { } t ? new NpgsqlParameter(name, t) { Value = value } : new NpgsqlParameter(name, value);
        _parameters.Add(parameter);
        return "@" + name;
    }

    public string TextArray(IEnumerable<string> values) => Value(values.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);

    public string IdArray(IEnumerable<long> values) => Value(values.Distinct().ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Bigint);

    /// <summary>Records a problem; the criteria are then refused and nothing is counted. Returns SQL that matches nobody.</summary>
    public string Problem(string message)
    {
        _problems.Add(message);
        return "FALSE";
    }

    public FieldInfo? Field(long id) => fields.GetValueOrDefault(id);

    /// <summary>The included segment's criteria as SQL; refuses a segment that includes itself, directly or not.</summary>
    public string Include(long segmentId)
    {
        if (!segments.TryGetValue(segmentId, out var segment))
        {
            return Problem(Messages.Segment_UnknownSegment);
        }

        if (_including.Contains(segmentId))
        {
            return Problem(string.Format(Messages.Segment_Cycle, segment.Name));
        }

        _including.Push(segmentId);
        try
        {
            return segment.Criteria.Root.ToSql(this);
        }
        finally
        {
            _including.Pop();
        }
    }

    /// <summary>Marks the segment being edited, so that including it into itself is refused too.</summary>
    public void Editing(long segmentId) => _including.Push(segmentId);

    internal void EnterGroup()
    {
        if (++_depth == SegmentLimits.MaxDepth + 1)
        {
            Problem(CriteriaGroup.TooDeep);
        }
    }

    internal void LeaveGroup() => _depth--;
}
