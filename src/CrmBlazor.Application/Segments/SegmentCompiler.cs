using CrmBlazor.Application.Resources;
using CrmBlazor.Application.Segments.Criteria;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Domain.Segments;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.Application.Segments;

/// <summary>
/// Criteria turned into one parameterised condition on <c>contacts c</c>, or the French reasons they cannot be.
/// Nothing is cached: each use runs the SQL on the database as it is.
/// </summary>
public sealed record CompiledSegment(string Where, IReadOnlyList<NpgsqlParameter> Parameters, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;

    /// <summary>The ids of the matching contacts, for an <c>INSERT … SELECT</c> of a later bulk action.</summary>
    public string SelectIds => $"SELECT c.id FROM contacts c WHERE {Where}";

    /// <summary>Fresh copies of the parameters: an <see cref="NpgsqlParameter"/> belongs to one command.</summary>
    public NpgsqlParameter[] CloneParameters() => Parameters.Select(p => p.Clone()).ToArray();
}

/// <summary>Compiles criteria with what they refer to (contact custom fields, other saved segments) read from the database.</summary>
public sealed class SegmentCompiler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    /// <param name="editingSegmentId">The saved segment being edited: including it into itself is refused.</param>
    public async Task<CompiledSegment> CompileAsync(SegmentCriteria criteria, long? editingSegmentId = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fields = await db.CustomFields.AsNoTracking().Where(f => f.Target == CustomFieldTarget.Contact)
            .Select(f => new FieldInfo(f.Id, f.Label, f.Kind, f.Options)).ToDictionaryAsync(f => f.Id, ct);
        var segments = new Dictionary<long, SegmentInfo>();
        foreach (var saved in await db.Segments.AsNoTracking().Select(s => new { s.Id, s.Name, s.Criteria }).ToListAsync(ct))
        {
            segments[saved.Id] = new SegmentInfo(saved.Id, saved.Name, SegmentCriteria.FromJson(saved.Criteria));
        }

        return Compile(criteria, ParisTime.Today(clock), fields, segments, editingSegmentId);
    }

    public static CompiledSegment Compile(
        SegmentCriteria criteria, DateOnly today, IReadOnlyDictionary<long, FieldInfo> fields, IReadOnlyDictionary<long, SegmentInfo> segments, long? editingSegmentId = null)
    {
        var sql = new SqlContext(today, fields, segments);
        if (editingSegmentId is { } id)
        {
            sql.Editing(id);
        }

        if (criteria.Root.Descendants().Count() > SegmentLimits.MaxCriteria)
        {
            sql.Problem(string.Format(Messages.Segment_TooMany, SegmentLimits.MaxCriteria));
        }

        var where = criteria.Root.ToSql(sql);
        return new CompiledSegment(where, sql.Parameters, sql.Problems.Distinct().ToList());
    }
}
