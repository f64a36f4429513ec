using System.Diagnostics;
using System.Globalization;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Organisation;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>
/// The monthly scheduling run (échéancement). One transaction under a cluster-wide advisory lock reads the active
/// gifts due by the month's end, plans them (<see cref="SchedulingPlanner"/>) and writes the plan set-based; the
/// SEPA files follow, each with its document. A second run — at once, on another server, or after a crash — finds
/// the next due dates already moved and creates nothing; the unique (gift, due date) index would refuse it anyway.
/// </summary>
public sealed partial class SchedulingRunService(
    IDbContextFactory<AppDbContext> dbFactory,
    NpgsqlDataSource dataSource,
    IDocumentStore documentStore,
    IChangeNotifier notifier,
    ActorContext actor,
    TimeProvider clock,
    IOptions<RecurringOptions> options,
    ILogger<SchedulingRunService> logger)
{
    public const string Topic = "scheduling";

    /// <summary>The advisory lock every run takes: one run writes at a time in the whole cluster.</summary>
    private const long RunLock = 0x5EC_4ED0_1E;

    public async Task<SchedulingPreview> PreviewAsync(DateOnly month, CancellationToken ct = default)
    {
        var (_, monthEnd) = DueDates.Month(month);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (gifts, _, _) = await SchedulingReader.DueGiftsAsync(connection, monthEnd, ct);
        var openUnpaid = await SchedulingReader.GiftsWithOpenUnpaidAsync(connection, monthEnd, ct);
        var plan = SchedulingPlanner.Plan(gifts, ParisTime.Today(clock), monthEnd, options.Value.SepaLeadDays);
        var blockers = await BlockersAsync(month, plan, ct);

        var channels = plan.Instalments
            .GroupBy(i => i.Channel)
            .Select(g => new ChannelPreview(g.Key, g.Count(), g.Sum(i => i.Amount), g.Select(i => i.GiftId).Distinct().Count()))
            .OrderBy(c => c.Channel)
            .ToList();
        var sepa = plan.Instalments.Where(i => i.Sequence is not null).ToList();
        var byId = gifts.ToDictionary(g => g.GiftId);
        var stops = plan.Stopped.Take(SchedulingPreview.ListedGifts).Select(s => (byId[s.GiftId], s.Reason!)).ToList();
        var unpaid = openUnpaid.Take(SchedulingPreview.ListedGifts).Select(id => (byId[id], Messages.Scheduling_OpenUnpaid)).ToList();
        var names = await ContactNamesAsync(stops.Concat(unpaid).Select(s => s.Item1.ContactId), ct);
        return new SchedulingPreview(
            new DateOnly(month.Year, month.Month, 1),
            channels,
            sepa.Count(i => i.Sequence == SepaSequence.First),
            sepa.Count(i => i.Sequence == SepaSequence.Recurring),
            sepa.Select(i => i.CollectOn).Distinct().Order().ToList(),
            stops.Select(s => Attention(s.Item1, s.Item2, names)).ToList(),
            unpaid.Select(s => Attention(s.Item1, s.Item2, names)).ToList(),
            blockers);
    }

    public async Task<CommandResult<SchedulingOutcome>> RunAsync(DateOnly month, CancellationToken ct = default)
    {
        var watch = Stopwatch.StartNew();
        var today = ParisTime.Today(clock);
        month = new DateOnly(month.Year, month.Month, 1);
        if (month > new DateOnly(today.Year, today.Month, 1))
        {
            return CommandResult<SchedulingOutcome>.Fail(Messages.Scheduling_FutureMonth);
        }

        var runId = await StartRowAsync(month, ct);
        await PublishAsync(runId, ct);
        try
        {
            var written = await WriteAsync(runId, month, today, ct);
            if (!written.Succeeded)
            {
                await FinishRowAsync(runId, SchedulingRunStatus.Failed, string.Join(" ", written.Errors), null);
                return CommandResult<SchedulingOutcome>.Fail([.. written.Errors]);
            }

            var (plan, files) = written.Value;
            var outcome = Outcome(runId, plan, files, watch.Elapsed);
            await FinishRowAsync(runId, SchedulingRunStatus.Completed, outcome.Summary, outcome);
            LogRun(logger, runId, month, outcome.Instalments, outcome.SepaTransactions, watch.ElapsedMilliseconds);
            return CommandResult<SchedulingOutcome>.Ok(outcome);
        }
        catch (Exception ex)
        {
            await FinishRowAsync(runId, SchedulingRunStatus.Failed, ex is OperationCanceledException ? Messages.Scheduling_Cancelled : ex.Message, null);
            throw;
        }
        finally
        {
            await PublishAsync(runId, CancellationToken.None);
        }
    }

    private async Task<CommandResult<(SchedulingPlan Plan, IReadOnlyList<SepaExportedFile> Files)>> WriteAsync(
        long runId, DateOnly month, DateOnly today, CancellationToken ct)
    {
        var (_, monthEnd) = DueDates.Month(month);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await using (var locking = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@key)", connection))
        {
            locking.Parameters.AddWithValue("key", RunLock);
            await locking.ExecuteNonQueryAsync(ct);
        }

        var (gifts, campaigns, mandates) = await SchedulingReader.DueGiftsAsync(connection, monthEnd, ct);
        var plan = SchedulingPlanner.Plan(gifts, today, monthEnd, options.Value.SepaLeadDays);
        var blockers = await BlockersAsync(month, plan, ct);
        if (blockers.Count > 0)
        {
            return CommandResult<(SchedulingPlan, IReadOnlyList<SepaExportedFile>)>.Fail([.. blockers]);
        }

        var ids = await BulkWriter.ReserveIdsAsync(connection, "donations_hilo", plan.Instalments.Count, ct);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.Database.SetDbConnection(connection);
        await db.Database.UseTransactionAsync(transaction, ct);
        var sepaFiles = new SepaFiles(documentStore, clock, actor.Current.Name);
        var debits = Debits(plan, ids, mandates);
        var creditor = debits.Count == 0 ? null : SepaFiles.Creditor(await OrganisationProfiles.LatestAsync(db, ct));

        // The files are drawn on this server's cores while PostgreSQL writes the donations: both are needed before the instalments.
        var rendering = Task.Run(() => sepaFiles.Render(creditor, debits), ct);
        var writer = new SchedulingWriter(connection, plan, ids, campaigns, runId, actor.Current, clock.GetUtcNow(), today);
        await writer.WriteDonationsAndGiftsAsync(ct);
        var files = await sepaFiles.StoreAsync(db, await rendering, ct);
        ct.ThrowIfCancellationRequested();
        await writer.WriteInstalmentsAsync(files.ToDictionary(f => f.CollectionDate, f => f.DocumentId), ct);
        await transaction.CommitAsync(ct);
        return CommandResult<(SchedulingPlan, IReadOnlyList<SepaExportedFile>)>.Ok((plan, files));
    }

    private static List<PlannedDebit> Debits(SchedulingPlan plan, IReadOnlyList<long> ids, Dictionary<long, SepaMandateDetails> mandates) =>
        plan.Instalments.Select((p, i) => (Plan: p, Id: ids[i]))
            .Where(x => x.Plan.Sequence is not null)
            .Select(x => new PlannedDebit(x.Id, x.Plan, mandates[x.Plan.MandateId!.Value]))
            .ToList();

    /// <summary>SEPA debits need the creditor's identity: refused before anything is written rather than a file the bank rejects.</summary>
    private async Task<List<string>> BlockersAsync(DateOnly month, SchedulingPlan plan, CancellationToken ct)
    {
        var blockers = new List<string>();
        if (plan.Instalments.Any(i => i.Channel == RecurringChannel.DirectDebit))
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var organisation = await OrganisationProfiles.LatestAsync(db, ct);
            if (organisation is null || !CreditorIdentifier.IsValid(organisation.SepaCreditorId) || !Domain.Payments.Iban.IsValid(organisation.Iban))
            {
                blockers.Add(Messages.Scheduling_NoCreditor);
            }
        }

        var today = ParisTime.Today(clock);
        if (month > new DateOnly(today.Year, today.Month, 1))
        {
            blockers.Add(Messages.Scheduling_FutureMonth);
        }

        return blockers;
    }

    private async Task<long> StartRowAsync(DateOnly month, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var run = SchedulingRun.Start(month, clock.GetUtcNow(), actor.Current.Name);
        db.SchedulingRuns.Add(run);
        await db.SaveChangesAsync(ct);
        return run.Id;
    }

    private async Task FinishRowAsync(long runId, SchedulingRunStatus status, string summary, SchedulingOutcome? outcome)
    {
        await using var db = await dbFactory.CreateDbContextAsync(CancellationToken.None);
        var run = await db.SchedulingRuns.SingleAsync(r => r.Id == runId, CancellationToken.None);
        if (status == SchedulingRunStatus.Completed && outcome is not null)
        {
            run.Complete(outcome.Instalments, outcome.Total, outcome.SepaTransactions, outcome.Stopped, summary, clock.GetUtcNow());
        }
        else
        {
            run.Fail(summary, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(CancellationToken.None);
    }

    private static SchedulingOutcome Outcome(long runId, SchedulingPlan plan, IReadOnlyList<SepaExportedFile> files, TimeSpan elapsed)
    {
        var count = plan.Instalments.Count;
        var total = plan.Instalments.Sum(i => i.Amount);
        var sepa = plan.Instalments.Count(i => i.Sequence is not null);
        var stopped = plan.Stopped.Count();
        var summary = string.Format(
            CultureInfo.GetCultureInfo("fr-FR"), Messages.Scheduling_Summary, count, total, sepa, files.Count, stopped);
        return new SchedulingOutcome(runId, count, total, sepa, stopped, files.Select(f => f.DocumentId).ToList(), elapsed, summary);
    }

    private async Task<Dictionary<long, string>> ContactNamesAsync(IEnumerable<long> contactIds, CancellationToken ct)
    {
        var ids = contactIds.Distinct().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contacts = await db.Contacts.AsNoTracking()
            .Where(c => ids.Contains(c.Id))
            .Select(c => new { c.Id, c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName })
            .ToListAsync(ct);
        return contacts.ToDictionary(c => c.Id, c => ContactNames.Display(c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName));
    }

    private static GiftAttention Attention(DueGift gift, string reason, Dictionary<long, string> names) =>
        new(gift.GiftId, gift.ContactId, names.GetValueOrDefault(gift.ContactId, ""), gift.Channel, gift.Amount, gift.NextDueOn, reason);

    private Task PublishAsync(long runId, CancellationToken ct) =>
        notifier.PublishAsync(new ChangeNotice(Topic, runId.ToString(CultureInfo.InvariantCulture), actor.Current.Name), ct);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduling run {RunId} for {Month}: {Instalments} instalments, {Sepa} SEPA debits in {Milliseconds} ms")]
    private static partial void LogRun(ILogger logger, long runId, DateOnly month, int instalments, int sepa, long milliseconds);
}
