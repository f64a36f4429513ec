using System.Diagnostics;
using CrmBlazor.Application.Jobs;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Jobs;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>The run started from the Traitements page goes through the clustered scheduler and is journaled.</summary>
public sealed class ReceiptJobTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Started_run_is_executed_by_the_annual_receipt_job_as_the_superviseur_and_listed_with_its_print_file()
    {
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, displayName: "Sophie Gestion");
        await App.IssuerAsync();
        var donor = await App.DonorAsync("Planifie", "86000", ReceiptPreference.Annual);
        await App.GiftAsync(donor, 33m, new DateOnly(2025, 3, 3));

        var started = await App.ActAsync(supervisor, s => s.GetRequiredService<StartReceiptRunHandler>()
            .HandleAsync(new StartReceiptRunCommand(ReceiptKind.Annual, 2025)));

        Assert.True(started.Succeeded, string.Join(" ", started.Errors));
        var run = await WaitForEndAsync(started.Value);
        Assert.Equal((ReceiptRunStatus.Completed, 1, 1), (run.Status, run.ReceiptsIssued, run.Printed));
        var receipt = Assert.Single(await App.ReceiptsAsync());
        Assert.Equal("Sophie Gestion", receipt.IssuedBy);
        var jobRun = await App.QueryAsync(db => db.JobRuns.AsNoTracking().SingleAsync(r => r.JobName == JobCatalog.AnnualReceipts.Name));
        Assert.Equal(("Sophie Gestion", JobOutcome.Succeeded), (jobRun.TriggeredBy, jobRun.Outcome));
        var triggered = Assert.Single(await App.JournalAsync(), e => e.Action == JournalAction.JobTriggered);
        Assert.Equal((JobCatalog.AnnualReceipts.Name, $"Reçus annuels 2025 (traitement n° {started.Value})"), (triggered.EntityKey, triggered.Detail));

        var overview = await App.ActAsync(supervisor, s => s.GetRequiredService<ReceiptRunsOverviewHandler>().HandleAsync());
        var listed = Assert.Single(overview);
        Assert.Equal((started.Value, 100.0), (listed.Id, listed.Percent));
        var file = Assert.Single(listed.PrintFiles);
        Assert.True(file.SizeBytes > 0);
    }

    [Fact]
    public async Task Annual_receipts_are_scheduled_for_the_fifteenth_of_january()
    {
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor);

        var overview = await App.ActAsync(supervisor, s => s.GetRequiredService<JobsOverviewHandler>().HandleAsync());

        var job = Assert.Single(overview.Jobs, j => j.Name == JobCatalog.AnnualReceipts.Name);
        var next = Domain.Common.ParisTime.ToParis(job.NextRun!.Value);
        Assert.Equal((1, 15, 3, 0), (next.Month, next.Day, next.Hour, next.Minute));
    }

    private async Task<ReceiptRun> WaitForEndAsync(long runId)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(60))
        {
            var run = await App.QueryAsync(db => db.ReceiptRuns.AsNoTracking().SingleAsync(r => r.Id == runId));
            var jobDone = await App.QueryAsync(db => db.JobRuns.AnyAsync(r => r.JobName == JobCatalog.AnnualReceipts.Name && r.FinishedAt != null));
            if (!run.IsRunning && jobDone)
            {
                return run;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"Receipt run {runId} did not finish.");
    }
}
