using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring.Scheduling;

public sealed record SepaFileLink(long DocumentId, string Title);

public sealed record SchedulingRunView(
    long Id, DateOnly Month, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, string StartedBy, SchedulingRunStatus Status,
    int Instalments, decimal Total, int SepaTransactions, int Stopped, string? Summary, IReadOnlyList<SepaFileLink> SepaFiles);

public sealed record SchedulingRunsQuery(int Count = 12);

/// <summary>The latest runs, newest first, with the SEPA files their debits went into.</summary>
public sealed class SchedulingRunsOverviewHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SchedulingRunView>> HandleAsync(SchedulingRunsQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = await db.SchedulingRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(query.Count)
            .ToListAsync(ct);
        var runIds = runs.Select(r => (long?)r.Id).ToList();
        var files = await db.Instalments.AsNoTracking()
            .Where(i => runIds.Contains(i.SchedulingRunId) && i.SepaFileId != null)
            .Select(i => new { RunId = i.SchedulingRunId!.Value, DocumentId = i.SepaFileId!.Value })
            .Distinct()
            .Join(db.Documents.Where(d => d.Kind == DocumentKind.SepaDebitFile), f => f.DocumentId, d => d.Id, (f, d) => new { f.RunId, d.Id, d.Title })
            .ToListAsync(ct);
        return runs.Select(r => new SchedulingRunView(
            r.Id, r.Month, r.StartedAt, r.FinishedAt, r.StartedBy, r.Status, r.Instalments, r.Total, r.SepaTransactions, r.Suspended, r.Summary,
            files.Where(f => f.RunId == r.Id).OrderBy(f => f.Id).Select(f => new SepaFileLink(f.Id, f.Title)).ToList())).ToList();
    }
}
