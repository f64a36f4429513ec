using System.Diagnostics;
using CrmBlazor.Application.Jobs;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Jobs;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Jobs;

/// <summary>Running a job now through the clustered Quartz scheduler, and the run as job_runs and the overview record it.</summary>
public sealed class JobTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly TimeSpan RunTimeout = TimeSpan.FromSeconds(20);

    [Fact]
    public async Task Triggered_housekeeping_runs_now_succeeds_and_shows_as_the_last_run()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, displayName: "Anne Martin");
        // Housekeeping keeps 180 days of run history: the first row goes, the second stays.
        await InsertFinishedRunAsync("old-run", TimeSpan.FromDays(200));
        await InsertFinishedRunAsync("recent-run", TimeSpan.FromDays(10));
        var triggeredAt = DateTimeOffset.UtcNow;

        var result = await App.ActAsync(administrator, s => s.GetRequiredService<TriggerJobHandler>()
            .HandleAsync(new TriggerJobCommand(JobCatalog.Housekeeping.Name)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var run = await WaitForFinishedRunAsync();
        Assert.Equal(JobOutcome.Succeeded, run.Outcome);
        Assert.Equal(JobCatalog.Housekeeping.Name, run.JobName);
        Assert.Equal(string.Format(Messages.Jobs_HousekeepingSummary, 0, 1), run.Message);
        Assert.Equal("Anne Martin", run.TriggeredBy);
        Assert.InRange(run.StartedAt, triggeredAt.AddSeconds(-5), DateTimeOffset.UtcNow);
        Assert.NotNull(run.FinishedAt);
        Assert.True(run.FinishedAt >= run.StartedAt);
        var fireIds = await App.QueryAsync(db => db.JobRuns.AsNoTracking().Select(r => r.FireInstanceId).ToListAsync());
        Assert.DoesNotContain("old-run", fireIds);
        Assert.Contains("recent-run", fireIds);

        var overview = await App.ActAsync(administrator, s => s.GetRequiredService<JobsOverviewHandler>().HandleAsync());
        var housekeeping = Assert.Single(overview.Jobs, j => j.Name == JobCatalog.Housekeeping.Name);
        Assert.NotNull(housekeeping.LastRun);
        Assert.Equal((run.Id, JobOutcome.Succeeded, run.Message), (housekeeping.LastRun.Id, housekeeping.LastRun.Outcome, housekeeping.LastRun.Message));
        Assert.NotNull(housekeeping.NextRun);
        Assert.True(housekeeping.NextRun > DateTimeOffset.UtcNow);
        Assert.Equal(run.Id, overview.RecentRuns[0].Id);

        var triggered = Assert.Single(await App.JournalAsync(), e => e.Action == JournalAction.JobTriggered);
        Assert.Equal(("Anne Martin", "jobs", JobCatalog.Housekeeping.Name), (triggered.ActorName, triggered.EntityType, triggered.EntityKey));
    }

    [Fact]
    public async Task Unknown_job_is_refused_in_French_and_nothing_runs()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);

        var result = await App.ActAsync(administrator, s => s.GetRequiredService<TriggerJobHandler>()
            .HandleAsync(new TriggerJobCommand("inexistant")));

        Assert.Equal(["Ce traitement n'existe pas."], result.Errors);
        Assert.DoesNotContain(await App.JournalAsync(), e => e.Action == JournalAction.JobTriggered);
        Assert.Equal(0, await App.QueryAsync(db => db.JobRuns.CountAsync()));
    }

    private async Task InsertFinishedRunAsync(string fireInstanceId, TimeSpan age)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO job_runs (job_name, fire_instance_id, node, triggered_by, started_at, finished_at, outcome, message)
            VALUES ('housekeeping', @id, 'test-node', 'Planification', now() - @age, now() - @age + interval '1 minute', 'Succeeded', 'ancien')
            """,
            connection);
        insert.Parameters.AddWithValue("id", fireInstanceId);
        insert.Parameters.AddWithValue("age", age);
        await insert.ExecuteNonQueryAsync();
    }

    /// <summary>Polls job_runs until the triggered run (not one the test inserted) has finished.</summary>
    private async Task<JobRun> WaitForFinishedRunAsync()
    {
        var watch = Stopwatch.StartNew();
        var seen = "no run recorded yet";
        while (watch.Elapsed < RunTimeout)
        {
            var run = await App.QueryAsync(db => db.JobRuns.AsNoTracking()
                .Where(r => r.FireInstanceId != "old-run" && r.FireInstanceId != "recent-run")
                .SingleOrDefaultAsync());
            if (run is not null)
            {
                seen = $"{run.Outcome} ({run.Message})";
                if (run.Outcome != JobOutcome.Running)
                {
                    return run;
                }
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The housekeeping run did not finish within {RunTimeout.TotalSeconds:0} s: {seen}.");
    }
}
