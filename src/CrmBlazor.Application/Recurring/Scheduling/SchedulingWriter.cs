using System.Globalization;
using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>
/// Writes a run's plan set-based, inside the run's transaction: the pending donations and their instalments by COPY,
/// the gifts' next due dates and stops and the mandates' last collection by UPDATE … FROM a copied table, and the
/// journal lines the interceptor would have written, copied. The unique (gift, due date) index refuses any second
/// instalment.
/// </summary>
internal sealed class SchedulingWriter(
    NpgsqlConnection connection, SchedulingPlan plan, IReadOnlyList<long> donationIds, IReadOnlyDictionary<long, long> giftCampaigns,
    long runId, Actor actor, DateTimeOffset now, DateOnly today)
{
    private const string DonationColumns = "id, contact_id, campaign_id, amount, donated_on, method, origin, status";

    private const string InstalmentColumns =
        "donation_id, recurring_gift_id, contact_id, due_on, collect_on, amount, channel, status, sequence, end_to_end_id, sepa_file_id, scheduling_run_id";

    private readonly List<Row> rows = plan.Instalments.Select((p, i) => new Row(p, donationIds[i])).ToList();

    /// <summary>The donations, the gifts' next due dates and stops, the mandates: all that does not need the SEPA files' ids.</summary>
    public async Task WriteDonationsAndGiftsAsync(CancellationToken ct)
    {
        await ExecuteAsync(
            """
            CREATE TEMP TABLE run_gifts (id bigint PRIMARY KEY, next_due_on date, status text, reason text) ON COMMIT DROP;
            CREATE TEMP TABLE run_mandates (id bigint PRIMARY KEY, last_collection_on date, lapses boolean) ON COMMIT DROP;
            """,
            ct);
        await BulkWriter.CopyAsync(connection, "donations", DonationColumns, rows, WriteDonation, ct);
        await BulkWriter.CopyAsync(connection, "run_gifts", "id, next_due_on, status, reason", plan.Gifts, WriteGift, ct);
        await BulkWriter.CopyAsync(connection, "run_mandates", "id, last_collection_on, lapses", plan.Mandates, WriteMandate, ct);
        await ExecuteAsync(
            """
            UPDATE recurring_gifts g
               SET next_due_on = r.next_due_on,
                   status = r.status,
                   status_reason = COALESCE(r.reason, g.status_reason),
                   status_changed_on = CASE WHEN r.status <> g.status THEN @today ELSE g.status_changed_on END
              FROM run_gifts r
             WHERE g.id = r.id;
            UPDATE sepa_mandates m
               SET last_collection_on = GREATEST(m.last_collection_on, r.last_collection_on),
                   status = CASE WHEN r.lapses THEN 'Lapsed' ELSE m.status END,
                   status_reason = CASE WHEN r.lapses THEN 'Mandat caduc : aucun prélèvement présenté depuis 36 mois.' ELSE m.status_reason END,
                   status_changed_on = CASE WHEN r.lapses THEN @today ELSE m.status_changed_on END
              FROM run_mandates r
             WHERE m.id = r.id;
            """,
            ct,
            ("today", today));
    }

    /// <summary>The instalments, each SEPA debit with its file, then the journal of the whole run.</summary>
    public async Task WriteInstalmentsAsync(IReadOnlyDictionary<DateOnly, long> sepaFiles, CancellationToken ct)
    {
        // The journal's JSON is written on another core while PostgreSQL checks and indexes the instalments.
        var journal = Task.Run(() => Journal(sepaFiles).Select(e => new SerializedJournalEntry(e, BulkWriter.ChangesJson(e))).ToList(), ct);
        await BulkWriter.CopyAsync(connection, "instalments", InstalmentColumns, rows, (w, row) => WriteInstalment(w, row, sepaFiles), ct);
        await BulkWriter.CopyAsync(connection, "journal_entries", BulkWriter.JournalColumns, await journal, BulkWriter.WriteJournal, ct);
    }

    /// <summary>
    /// The journal lines of the run, built here and copied (PostgreSQL parses JSON text far faster than it builds
    /// jsonb): each donation created with its instalment and the move of its gift's next due date (one line: they are
    /// one act of the run), each gift the run stopped, each mandate's last collection or lapse.
    /// </summary>
    private List<JournalEntry> Journal(IReadOnlyDictionary<DateOnly, long> sepaFiles)
    {
        var gifts = plan.Gifts.ToDictionary(g => g.GiftId);
        var journal = new List<JournalEntry>(rows.Count + plan.Mandates.Count);
        foreach (var (p, donationId) in rows)
        {
            var gift = gifts[p.GiftId];
            long? file = p.Sequence is null ? null : sepaFiles[p.CollectOn];
            journal.Add(JournalEntry.ForChange(
                now, actor, JournalAction.Created, "donations", Key(donationId),
                [
                    .. BulkWriter.Created(
                        ("Amount", p.Amount), ("DonatedOn", p.CollectOn), ("Method", p.Channel), ("Origin", DonationOrigin.Recurring),
                        ("Status", DonationStatus.Pending), ("RecurringGiftId", p.GiftId), ("DueOn", p.DueOn), ("Sequence", p.Sequence),
                        ("EndToEndId", p.Sequence is null ? null : SepaEndToEnd.For(donationId)), ("SepaFileId", file), ("SchedulingRunId", runId)),
                    new FieldChange("RecurringGift.NextDueOn", JournalValue.Format("", gift.PreviousDueOn), JournalValue.Format("", gift.NextDueOn)),
                ],
                p.ContactId));
        }

        foreach (var g in plan.Stopped)
        {
            journal.Add(JournalEntry.ForChange(
                now, actor, JournalAction.Updated, "recurring_gifts", Key(g.GiftId),
                JournalValue.Diff([
                    ("NextDueOn", g.PreviousDueOn, g.NextDueOn), ("Status", RecurringGiftStatus.Active, g.Status),
                    ("StatusReason", null, g.Reason), ("StatusChangedOn", null, today)]),
                g.ContactId));
        }

        foreach (var m in plan.Mandates)
        {
            journal.Add(JournalEntry.ForChange(
                now, actor, JournalAction.Updated, "sepa_mandates", Key(m.MandateId),
                m.Lapses
                    ? [new FieldChange("Status", nameof(MandateStatus.Active), nameof(MandateStatus.Lapsed))]
                    : [new FieldChange("LastCollectionOn", null, JournalValue.Format("", m.LastCollectionOn))],
                m.ContactId));
        }

        return journal;
    }

    private static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    private sealed record Row(PlannedInstalment Plan, long DonationId);

    private void WriteDonation(NpgsqlBinaryImporter w, Row row)
    {
        var p = row.Plan;
        w.Write(row.DonationId, NpgsqlDbType.Bigint);
        w.Write(p.ContactId, NpgsqlDbType.Bigint);
        w.Write(giftCampaigns[p.GiftId], NpgsqlDbType.Bigint);
        w.Write(p.Amount, NpgsqlDbType.Numeric);
        w.Write(p.CollectOn, NpgsqlDbType.Date);
        w.Write(p.Channel.ToString(), NpgsqlDbType.Varchar);
        w.Write(nameof(DonationOrigin.Recurring), NpgsqlDbType.Varchar);
        w.Write(nameof(DonationStatus.Pending), NpgsqlDbType.Varchar);
    }

    private void WriteInstalment(NpgsqlBinaryImporter w, Row row, IReadOnlyDictionary<DateOnly, long> sepaFiles)
    {
        var p = row.Plan;
        w.Write(row.DonationId, NpgsqlDbType.Bigint);
        w.Write(p.GiftId, NpgsqlDbType.Bigint);
        w.Write(p.ContactId, NpgsqlDbType.Bigint);
        w.Write(p.DueOn, NpgsqlDbType.Date);
        w.Write(p.CollectOn, NpgsqlDbType.Date);
        w.Write(p.Amount, NpgsqlDbType.Numeric);
        w.Write(p.Channel.ToString(), NpgsqlDbType.Varchar);
        w.Write(nameof(InstalmentStatus.Pending), NpgsqlDbType.Varchar);
        BulkWriter.Text(w, p.Sequence?.ToString());
        BulkWriter.Text(w, p.Sequence is null ? null : SepaEndToEnd.For(row.DonationId));
        BulkWriter.Id(w, p.Sequence is null ? null : sepaFiles[p.CollectOn]);
        w.Write(runId, NpgsqlDbType.Bigint);
    }

    private static void WriteGift(NpgsqlBinaryImporter w, GiftAfterRun g)
    {
        w.Write(g.GiftId, NpgsqlDbType.Bigint);
        w.Write(g.NextDueOn, NpgsqlDbType.Date);
        w.Write(g.Status.ToString(), NpgsqlDbType.Text);
        BulkWriter.Text(w, g.Reason);
    }

    private static void WriteMandate(NpgsqlBinaryImporter w, MandateAfterRun m)
    {
        w.Write(m.MandateId, NpgsqlDbType.Bigint);
        if (m.LastCollectionOn is { } last)
        {
            w.Write(last, NpgsqlDbType.Date);
        }
        else
        {
            w.WriteNull();
        }

        w.Write(m.Lapses, NpgsqlDbType.Boolean);
    }

    private async Task ExecuteAsync(string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await command.ExecuteNonQueryAsync(ct);
    }
}
