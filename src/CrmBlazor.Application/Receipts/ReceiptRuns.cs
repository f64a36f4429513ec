using CrmBlazor.Application.Common;
using CrmBlazor.Application.Jobs;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Quartz;

namespace CrmBlazor.Application.Receipts;

/// <summary>Starts the receipt run of a year (annual, or the per-gift batch) on whichever server's scheduler picks it up.</summary>
public sealed record StartReceiptRunCommand(ReceiptKind Kind, int Year);

public sealed record CancelReceiptRunCommand(long RunId);

/// <summary>The run row is created here, so a second start is refused at once; the job then executes it.</summary>
public sealed class StartReceiptRunHandler(ReceiptRunService runs, ISchedulerFactory schedulers, ActorContext actor, JournalWriter journal)
{
    public async Task<CommandResult<long>> HandleAsync(StartReceiptRunCommand command, CancellationToken ct = default)
    {
        var started = await runs.StartAsync(command.Kind, command.Year, ct);
        if (!started.Succeeded)
        {
            return started;
        }

        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.TriggerJob(new JobKey(JobCatalog.AnnualReceipts.Name), AnnualReceiptJob.DataFor(started.Value, actor.Current), ct);
        }
        catch (SchedulerException ex)
        {
            // Nobody will execute the run: closed at once rather than blocking the year until it looks abandoned.
            await runs.AbandonAsync(started.Value, ex.Message);
            return CommandResult<long>.Fail(Messages.Receipts_RunNotScheduled);
        }

        await journal.RecordAsync(
            JournalAction.JobTriggered, "jobs", JobCatalog.AnnualReceipts.Name,
            string.Format(Messages.Receipts_RunStartedDetail, ReceiptRunLabels.Of(command.Kind), command.Year, started.Value), ct);
        return started;
    }
}

/// <summary>Asks the run to stop after its current chunk, whichever server executes it.</summary>
public sealed class CancelReceiptRunHandler(ReceiptRunService runs)
{
    public Task<CommandResult> HandleAsync(CancelReceiptRunCommand command, CancellationToken ct = default) => runs.RequestCancelAsync(command.RunId, ct);
}

public sealed record ReceiptRunPrintFile(long DocumentId, string Title, long SizeBytes);

public sealed record ReceiptRunView(
    long Id, ReceiptKind Kind, int Year, ReceiptRunStatus Status, bool CancelRequested, int DonorsPlanned, int DonorsDone, int ReceiptsIssued,
    int EmailsQueued, int Printed, DateTimeOffset StartedAt, string StartedBy, DateTimeOffset? FinishedAt, string? Message,
    IReadOnlyList<ReceiptRunPrintFile> PrintFiles)
{
    /// <summary>Share of the planned donors done, 0–100.</summary>
    public double Percent => DonorsPlanned == 0 ? (Status == ReceiptRunStatus.Running ? 0 : 100) : Math.Min(100, 100.0 * DonorsDone / DonorsPlanned);
}

/// <summary>The latest runs, newest first, with their counters and print files.</summary>
public sealed class ReceiptRunsOverviewHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int RunCount = 15;

    public async Task<IReadOnlyList<ReceiptRunView>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var runs = await db.ReceiptRuns.AsNoTracking()
            .OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .Take(RunCount)
            .ToListAsync(ct);
        // Print files have no contact: the contact index narrows them to a handful before the name is matched.
        var files = await db.Documents.AsNoTracking()
            .Where(d => d.ContactId == null && d.Kind == DocumentKind.ReceiptPrintBatch && d.FileName.StartsWith("recus-fiscaux-"))
            .OrderBy(d => d.FileName)
            .Select(d => new { d.Id, d.Title, d.FileName, d.SizeBytes })
            .ToListAsync(ct);
        return runs.Select(r =>
        {
            var prefix = ReceiptPrinter.FileNamePrefix(r.Year, r.Id);
            var own = files.Where(f => f.FileName.StartsWith(prefix, StringComparison.Ordinal))
                .Select(f => new ReceiptRunPrintFile(f.Id, f.Title, f.SizeBytes ?? 0)).ToList();
            return new ReceiptRunView(
                r.Id, r.Kind, r.Year, r.Status, r.CancelRequested, r.DonorsPlanned, r.DonorsDone, r.ReceiptsIssued, r.EmailsQueued, r.Printed,
                r.StartedAt, r.StartedBy, r.FinishedAt, r.Message, own);
        }).ToList();
    }
}
