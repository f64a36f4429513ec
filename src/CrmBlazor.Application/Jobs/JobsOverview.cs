using CrmBlazor.Domain.Jobs;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmBlazor.Application.Jobs;

public sealed record JobRunView(
    long Id, string JobName, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, JobOutcome Outcome, string? Message, string TriggeredBy, string Node)
{
    public TimeSpan? Duration => FinishedAt - StartedAt;
}

public sealed record JobOverviewRow(string Name, string Title, string Description, string Schedule, DateTimeOffset? NextRun, JobRunView? LastRun);

public sealed record JobsOverview(IReadOnlyList<JobOverviewRow> Jobs, IReadOnlyList<JobRunView> RecentRuns);

/// <summary>Each job with its schedule, next firing (from the cluster's job store) and latest runs.</summary>
public sealed class JobsOverviewHandler(IDbContextFactory<AppDbContext> dbFactory, ISchedulerFactory schedulers)
{
    public const int RecentRunCount = 20;

    public async Task<JobsOverview> HandleAsync(CancellationToken ct = default)
    {
        var scheduler = await schedulers.GetScheduler(ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var names = JobCatalog.All.Select(j => j.Name).ToList();
        var recent = await db.JobRuns.AsNoTracking()
            .Where(r => names.Contains(r.JobName))
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(RecentRunCount)
            .Select(r => new JobRunView(r.Id, r.JobName, r.StartedAt, r.FinishedAt, r.Outcome, r.Message, r.TriggeredBy, r.Node))
            .ToListAsync(ct);
        var latest = await db.JobRuns.AsNoTracking()
            .Where(r => names.Contains(r.JobName))
            .GroupBy(r => r.JobName)
            .Select(g => g.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
                .Select(r => new JobRunView(r.Id, r.JobName, r.StartedAt, r.FinishedAt, r.Outcome, r.Message, r.TriggeredBy, r.Node))
                .First())
            .ToListAsync(ct);

        var rows = new List<JobOverviewRow>();
        foreach (var job in JobCatalog.All)
        {
            var triggers = await scheduler.GetTriggersOfJob(new JobKey(job.Name), ct);
            var next = triggers.Select(t => t.NextFireTimeUtc).Where(t => t is not null).Min();
            rows.Add(new JobOverviewRow(
                job.Name, job.Title(), job.Description(), job.Schedule(), next, latest.FirstOrDefault(r => r.JobName == job.Name)));
        }

        return new JobsOverview(rows, recent);
    }
}
