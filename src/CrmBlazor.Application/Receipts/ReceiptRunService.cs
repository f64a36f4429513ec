using System.Diagnostics;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Jobs;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrmBlazor.Application.Receipts;

/// <summary>What a run did, as its row and its summary say.</summary>
public sealed record ReceiptRunOutcome(
    long RunId, ReceiptRunStatus Status, int DonorsPlanned, int DonorsDone, int Receipts, int EmailsQueued, int Printed, int WithoutAddress,
    IReadOnlyList<long> PrintDocumentIds, TimeSpan Elapsed, string Summary);

/// <summary>
/// The receipt run for a year (annual, or the per-gift batch). It plans the donors in print order, then issues
/// them chunk by chunk, each chunk one transaction (<see cref="ReceiptChunkIssuer"/>); while a chunk is written
/// the previous one's print file is rendered, the PDF being the slow part. Between chunks it stops if the server
/// shuts down or if someone asked on the run's row (any server). Running again for the year only issues what is
/// still missing and prints what a stopped run left unprinted: numbers are never given twice.
/// </summary>
public sealed partial class ReceiptRunService(
    IDbContextFactory<AppDbContext> dbFactory,
    NpgsqlDataSource dataSource,
    IDocumentStore documentStore,
    IChangeNotifier notifier,
    ActorContext actor,
    TimeProvider clock,
    ILogger<ReceiptRunService> logger)
{
    public const int DefaultChunkSize = 2000;

    /// <summary>A run row older than this whose lock nobody holds, while no run executes, was left behind by a stopped server.</summary>
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(2);

    private static readonly int PrintersInFlight = Math.Max(1, Environment.ProcessorCount - 1);

    /// <summary>Creates the run's row; a second run of the same kind and year while one is running is refused.</summary>
    public async Task<CommandResult<long>> StartAsync(ReceiptKind kind, int year, CancellationToken ct = default)
    {
        var today = ParisTime.Today(clock);
        if (year < 2000 || year > today.Year)
        {
            return CommandResult<long>.Fail(string.Format(Messages.Receipts_RunYearInvalid, today.Year));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await ReceiptQueries.CurrentIssuerAsync(db, ct) is null)
        {
            return CommandResult<long>.Fail(Messages.Receipts_NoIssuer);
        }

        for (var attempt = 0; ; attempt++)
        {
            var run = ReceiptRun.Start(kind, year, actor.Current.Name, clock.GetUtcNow());
            db.ReceiptRuns.Add(run);
            try
            {
                await db.SaveChangesAsync(ct);
                return CommandResult<long>.Ok(run.Id);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                var running = await db.ReceiptRuns.SingleOrDefaultAsync(r => r.Kind == kind && r.Year == year && r.Status == ReceiptRunStatus.Running, ct);
                if (running is null)
                {
                    continue;
                }

                if (attempt > 0 || !await IsStaleAsync(running, ct))
                {
                    return CommandResult<long>.Fail(string.Format(
                        Messages.Receipts_RunAlreadyRunning, ReceiptRunLabels.Of(kind), year, running.StartedBy,
                        ParisTime.ToParis(running.StartedAt).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture)));
                }

                running.Finish(ReceiptRunStatus.Failed, clock.GetUtcNow(), Messages.Receipts_RunStale);
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Asks a running run to stop at its next chunk; a run left behind by a stopped server is closed at once.</summary>
    public async Task<CommandResult> RequestCancelAsync(long runId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.ReceiptRuns.SingleOrDefaultAsync(r => r.Id == runId, ct);
        if (run is null)
        {
            return CommandResult.Fail(Messages.Receipts_RunNotFound);
        }

        if (!run.IsRunning)
        {
            return CommandResult.Fail(Messages.Receipts_RunNotRunning);
        }

        run.RequestCancel();
        if (await IsStaleAsync(run, ct))
        {
            run.Finish(ReceiptRunStatus.Cancelled, clock.GetUtcNow(), Messages.Receipts_RunStale);
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // The run moved on meanwhile (a chunk's counters, or its end): ask again on the current row.
            return await RequestCancelAsync(runId, ct);
        }

        await PublishAsync(runId, ct);
        return CommandResult.Ok;
    }

    /// <summary>Closes a run nobody will execute (its job could not be scheduled).</summary>
    public Task AbandonAsync(long runId, string reason) => FinishAsync(runId, ReceiptRunStatus.Failed, reason);

    public async Task<ReceiptRunOutcome> RunAsync(long runId, CancellationToken ct = default, int chunkSize = DefaultChunkSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(chunkSize, 1);
        var watch = Stopwatch.StartNew();
        await using var guard = await dataSource.OpenConnectionAsync(ct);
        if (!await ReceiptRunLocks.TryTakeAsync(guard, runId, ct))
        {
            return await OutcomeAsync(runId, new RunTally(), watch.Elapsed, ct);
        }

        try
        {
            return await ExecuteAsync(runId, chunkSize, watch, ct);
        }
        finally
        {
            await ReceiptRunLocks.ReleaseAsync(guard, runId);
        }
    }

    private async Task<ReceiptRunOutcome> ExecuteAsync(long runId, int chunkSize, Stopwatch watch, CancellationToken ct)
    {
        var tally = new RunTally();
        ReceiptRunContext? run;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var row = await db.ReceiptRuns.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, ct);
            if (row is not { IsRunning: true })
            {
                return await OutcomeAsync(runId, tally, watch.Elapsed, ct);
            }

            var issuer = await ReceiptQueries.CurrentIssuerAsync(db, ct);
            if (issuer is null)
            {
                await FinishAsync(runId, ReceiptRunStatus.Failed, Messages.Receipts_NoIssuer);
                return await OutcomeAsync(runId, tally, watch.Elapsed, CancellationToken.None);
            }

            run = new ReceiptRunContext(runId, row.Kind, row.Year, issuer, actor.Current, ParisTime.Today(clock), issuer.ReceiptsSkipSuspended);
        }

        var chunks = new ReceiptChunkIssuer(dbFactory, clock);
        var printer = new ReceiptPrinter(dbFactory, documentStore, clock);
        var printing = new List<Task>();
        try
        {
            await PrintLeftoversAsync(run, printer, tally, chunkSize, ct);
            long[] plan;
            await using (var connection = await dataSource.OpenConnectionAsync(ct))
            {
                plan = await ReceiptChunkReader.PlanAsync(connection, run, ct);
                await using var planned = new NpgsqlCommand("UPDATE receipt_runs SET donors_planned = @n WHERE id = @id RETURNING cancel_requested", connection);
                planned.Parameters.AddWithValue("n", plan.Length);
                planned.Parameters.AddWithValue("id", runId);
                tally.CancelRequested = (bool)(await planned.ExecuteScalarAsync(ct))!;
            }

            LogPlanned(logger, runId, run.Kind, run.Year, plan.Length);
            await PublishAsync(runId, ct);
            for (var offset = 0; offset < plan.Length && !tally.CancelRequested; offset += chunkSize)
            {
                ct.ThrowIfCancellationRequested();
                var chunkWatch = Stopwatch.StartNew();
                var chunk = await IssueChunkAsync(chunks, run, plan[offset..Math.Min(plan.Length, offset + chunkSize)], ct);
                LogChunk(logger, runId, offset, chunk.Receipts, chunkWatch.ElapsedMilliseconds);
                tally.Add(chunk);
                if (chunk.ToPrint.Count > 0)
                {
                    // Rendering is the slow part: it goes on while the next chunk's SQL runs, on all cores but one, which the
                    // app keeps for its users (on the 2-core bench machine one renderer was no slower overall than two).
                    if (printing.Count >= PrintersInFlight)
                    {
                        var done = await Task.WhenAny(printing);
                        printing.Remove(done);
                        await done;
                    }

                    printing.Add(PrintInBackgroundAsync(printer, run, chunk.ToPrint, tally, ct));
                }
                await PublishAsync(runId, ct);
            }

            await Task.WhenAll(printing);
            var status = tally.CancelRequested ? ReceiptRunStatus.Cancelled : ReceiptRunStatus.Completed;
            var summary = Summary(tally, status);
            await FinishAsync(runId, status, summary);
            LogFinished(logger, runId, status, tally.Receipts, watch.Elapsed.TotalSeconds);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The server is stopping: what committed stays, a later run issues and prints the rest.
            await SettleAsync(printing);
            await FinishAsync(runId, ReceiptRunStatus.Cancelled, $"{Messages.Receipts_RunInterrupted} {Summary(tally, ReceiptRunStatus.Cancelled)}");
        }
        catch (Exception ex)
        {
            await SettleAsync(printing);
            await FinishAsync(runId, ReceiptRunStatus.Failed, ex.Message);
            LogFailed(logger, ex, runId);
            throw;
        }
        finally
        {
            await PublishAsync(runId, CancellationToken.None);
            await notifier.PublishAsync(new ChangeNotice(JobRunListener.Topic, ReceiptRunTopics.AllRuns, actor.Current.Name), CancellationToken.None);
        }

        return await OutcomeAsync(runId, tally, watch.Elapsed, CancellationToken.None);
    }

    /// <summary>A chunk that met a gift receipted meanwhile rolled back whole; read again, it leaves that gift out.</summary>
    private static async Task<ReceiptChunkResult> IssueChunkAsync(ReceiptChunkIssuer chunks, ReceiptRunContext run, long[] contactIds, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await chunks.IssueAsync(run, contactIds, ct);
            }
            catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation && attempt < 3)
            {
            }
        }
    }

    private Task PrintInBackgroundAsync(ReceiptPrinter printer, ReceiptRunContext run, IReadOnlyList<ReceiptToPrint> receipts, RunTally tally, CancellationToken ct)
    {
        var batch = ++tally.PrintBatches;
        return Task.Run(
            async () =>
            {
                var watch = Stopwatch.StartNew();
                var documentId = await printer.PrintAsync(run, receipts, batch, ct);
                LogPrinted(logger, run.RunId, batch, receipts.Count, watch.ElapsedMilliseconds);
                tally.Printed(documentId, receipts.Count);
                await PublishAsync(run.RunId, ct);
            },
            ct);
    }

    /// <summary>Posted receipts a stopped run committed but never printed: printed first, in their postcode order.</summary>
    private async Task PrintLeftoversAsync(ReceiptRunContext run, ReceiptPrinter printer, RunTally tally, int chunkSize, CancellationToken ct)
    {
        List<ReceiptToPrint> leftovers;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            leftovers = await db.TaxReceipts.AsNoTracking()
                .Where(r => r.Year == run.Year && r.Kind == run.Kind && r.RunId != null && r.Delivery == ReceiptDelivery.Post
                    && r.DeliveredAt == null && r.Status == TaxReceiptStatus.Issued)
                .OrderBy(r => r.DonorPostCode).ThenBy(r => r.DonorLastName).ThenBy(r => r.DonorFirstNames).ThenBy(r => r.Sequence)
                .Select(r => new ReceiptToPrint(r, r.Id, r.ContactId, db.Documents.Where(d => d.TaxReceiptId == r.Id).Select(d => d.Id).First()))
                .ToListAsync(ct);
        }

        for (var offset = 0; offset < leftovers.Count; offset += chunkSize)
        {
            var batch = leftovers.GetRange(offset, Math.Min(chunkSize, leftovers.Count - offset));
            var documentId = await printer.PrintAsync(run, batch, ++tally.PrintBatches, ct);
            tally.Printed(documentId, batch.Count);
        }
    }

    private static async Task SettleAsync(List<Task> printing)
    {
        try
        {
            await Task.WhenAll(printing);
        }
        catch (Exception)
        {
            // Its receipts stay unprinted and undelivered: the next run of the year prints them.
        }
    }

    private async Task FinishAsync(long runId, ReceiptRunStatus status, string message)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
            var run = await db.ReceiptRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
            if (!run.IsRunning)
            {
                return;
            }

            run.Finish(status, clock.GetUtcNow(), message);
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (DbUpdateConcurrencyException)
            {
                // A cancel request landed between reading and saving: read the row again.
            }
        }
    }

    private async Task<bool> IsStaleAsync(ReceiptRun run, CancellationToken ct)
    {
        if (clock.GetUtcNow() - run.StartedAt < StaleAfter)
        {
            return false;
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        // A run may wait its turn behind another (one receipt job at a time): only when none executes is a lockless run abandoned.
        return !await ReceiptRunLocks.HeldAsync(connection, null, ct);
    }

    private async Task PublishAsync(long runId, CancellationToken ct)
    {
        var payload = runId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await notifier.PublishAsync(new ChangeNotice(ReceiptRunTopics.Run(runId), payload, actor.Current.Name), ct);
        await notifier.PublishAsync(new ChangeNotice(ReceiptRunTopics.AllRuns, payload, actor.Current.Name), ct);
    }

    private async Task<ReceiptRunOutcome> OutcomeAsync(long runId, RunTally tally, TimeSpan elapsed, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = await db.ReceiptRuns.AsNoTracking().SingleAsync(r => r.Id == runId, ct);
        return new ReceiptRunOutcome(
            run.Id, run.Status, run.DonorsPlanned, run.DonorsDone, run.ReceiptsIssued, run.EmailsQueued, run.Printed, tally.WithoutAddress,
            tally.PrintDocumentIds, elapsed, run.Message ?? "");
    }

    private static string Summary(RunTally tally, ReceiptRunStatus status)
    {
        var summary = string.Format(
            Messages.Receipts_RunSummary, tally.Receipts, tally.Emails, tally.PrintedCount, tally.Donors, tally.WithoutAddress);
        return status == ReceiptRunStatus.Cancelled ? $"{Messages.Receipts_RunCancelled} {summary}" : summary;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Receipt run {RunId} ({Kind} {Year}): {Donors} donors planned")]
    private static partial void LogPlanned(ILogger logger, long runId, ReceiptKind kind, int year, int donors);

    [LoggerMessage(Level = LogLevel.Information, Message = "Receipt run {RunId} finished {Status}: {Receipts} receipts in {Seconds:0.0} s")]
    private static partial void LogFinished(ILogger logger, long runId, ReceiptRunStatus status, int receipts, double seconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Receipt run {RunId}: chunk at {Offset} issued {Receipts} receipts in {Milliseconds} ms")]
    private static partial void LogChunk(ILogger logger, long runId, int offset, int receipts, long milliseconds);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Receipt run {RunId}: print file {Batch} ({Receipts} receipts) rendered and stored in {Milliseconds} ms")]
    private static partial void LogPrinted(ILogger logger, long runId, int batch, int receipts, long milliseconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Receipt run {RunId} failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, long runId);

    /// <summary>This execution's counts; the run row adds those of earlier executions' chunks too.</summary>
    private sealed class RunTally
    {
        private readonly List<long> _printDocuments = [];
        private int _printed;

        public int Donors { get; private set; }

        public int Receipts { get; private set; }

        public int Emails { get; private set; }

        public int WithoutAddress { get; private set; }

        public int PrintedCount => Volatile.Read(ref _printed);

        public int PrintBatches { get; set; }

        public bool CancelRequested { get; set; }

        public IReadOnlyList<long> PrintDocumentIds
        {
            get
            {
                lock (_printDocuments)
                {
                    return [.. _printDocuments];
                }
            }
        }

        public void Add(ReceiptChunkResult chunk)
        {
            Donors += chunk.Donors;
            Receipts += chunk.Receipts;
            Emails += chunk.Emails;
            WithoutAddress += chunk.WithoutAddress;
            CancelRequested |= chunk.CancelRequested;
        }

        public void Printed(long documentId, int count)
        {
            Interlocked.Add(ref _printed, count);
            lock (_printDocuments)
            {
                _printDocuments.Add(documentId);
            }
        }
    }
}
