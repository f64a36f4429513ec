using System.Globalization;
using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>
/// Writes a run's plan set-based, inside the run's transaction: the instalments and their pending donations by
/// COPY then INSERT … SELECT, the gifts' next due dates and stops, the mandates' last collection, and the journal
/// lines the interceptor would have written. The unique (gift, due date) index refuses any second instalment.
/// </summary>
internal sealed class SchedulingWriter(NpgsqlConnection connection, long runId, Actor actor, DateTimeOffset now, DateOnly today)
{
    private const string InstalmentColumns = "donation_id, gift_id, contact_id, channel, amount, due_on, collect_on, sequence, end_to_end_id";

    public async Task WriteAsync(SchedulingPlan plan, IReadOnlyList<long> donationIds, CancellationToken ct)
    {
        var rows = plan.Instalments.Select((p, i) => (Plan: p, DonationId: donationIds[i])).ToList();
        await ExecuteAsync(
            """
            CREATE TEMP TABLE run_instalments (donation_id bigint PRIMARY KEY, gift_id bigint, contact_id bigint, channel text,
                amount numeric(12,2), due_on date, collect_on date, sequence text, end_to_end_id text) ON COMMIT DROP;
            CREATE TEMP TABLE run_gifts (id bigint PRIMARY KEY, next_due_on date, status text, reason text) ON COMMIT DROP;
            CREATE TEMP TABLE run_mandates (id bigint PRIMARY KEY, last_collection_on date, lapses boolean) ON COMMIT DROP;
            """,
            ct);
        await BulkWriter.CopyAsync(connection, "run_instalments", InstalmentColumns, rows, WriteInstalment, ct);
        await BulkWriter.CopyAsync(connection, "run_gifts", "id, next_due_on, status, reason", plan.Gifts, WriteGift, ct);
        await BulkWriter.CopyAsync(connection, "run_mandates", "id, last_collection_on, lapses", plan.Mandates, WriteMandate, ct);
        await ExecuteAsync(
            """
            INSERT INTO donations (id, contact_id, payment_id, campaign_id, amount, donated_on, method, origin, status)
            SELECT r.donation_id, r.contact_id, NULL, g.campaign_id, r.amount, r.collect_on, r.channel, 'Recurring', 'Pending'
              FROM run_instalments r JOIN recurring_gifts g ON g.id = r.gift_id;
            INSERT INTO instalments (donation_id, recurring_gift_id, contact_id, due_on, collect_on, amount, channel, status, sequence,
                                     end_to_end_id, scheduling_run_id)
            SELECT r.donation_id, r.gift_id, r.contact_id, r.due_on, r.collect_on, r.amount, r.channel, 'Pending', r.sequence,
                   r.end_to_end_id, @run
              FROM run_instalments r;
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
            ("run", runId),
            ("today", today));
        await BulkWriter.CopyAsync(connection, "journal_entries", BulkWriter.JournalColumns, Journal(plan, rows).ToList(), BulkWriter.WriteJournal, ct);
    }

    /// <summary>The end-to-end id echoed by the bank in returns: our donation id, so a return finds its instalment.</summary>
    public static string EndToEndId(long donationId) => string.Create(CultureInfo.InvariantCulture, $"CRMB-{donationId}");

    private IEnumerable<JournalEntry> Journal(SchedulingPlan plan, List<(PlannedInstalment Plan, long DonationId)> rows)
    {
        foreach (var (p, id) in rows)
        {
            var key = id.ToString(CultureInfo.InvariantCulture);
            yield return JournalEntry.ForChange(now, actor, JournalAction.Created, "donations", key, BulkWriter.Created(
                ("Id", id), ("ContactId", p.ContactId), ("Amount", p.Amount), ("DonatedOn", p.CollectOn), ("Method", p.Channel.PaymentMethod()),
                ("Origin", "Recurring"), ("Status", "Pending")), p.ContactId);
            yield return JournalEntry.ForChange(now, actor, JournalAction.Created, "instalments", key, BulkWriter.Created(
                ("DonationId", id), ("RecurringGiftId", p.GiftId), ("DueOn", p.DueOn), ("CollectOn", p.CollectOn), ("Amount", p.Amount),
                ("Channel", p.Channel), ("Status", InstalmentStatus.Pending), ("Sequence", p.Sequence),
                ("EndToEndId", p.Sequence is null ? null : EndToEndId(id)), ("SchedulingRunId", runId)), p.ContactId);
        }

        foreach (var g in plan.Gifts)
        {
            var fields = new List<(string, object?, object?)> { ("NextDueOn", g.PreviousDueOn, g.NextDueOn) };
            if (g.Status != RecurringGiftStatus.Active)
            {
                fields.Add(("Status", RecurringGiftStatus.Active, g.Status));
                fields.Add(("StatusReason", null, g.Reason));
                fields.Add(("StatusChangedOn", null, today));
            }

            yield return JournalEntry.ForChange(
                now, actor, JournalAction.Updated, "recurring_gifts", g.GiftId.ToString(CultureInfo.InvariantCulture), JournalValue.Diff(fields), g.ContactId);
        }

        foreach (var m in plan.Mandates.Where(m => m.Lapses))
        {
            yield return JournalEntry.ForChange(
                now, actor, JournalAction.Updated, "sepa_mandates", m.MandateId.ToString(CultureInfo.InvariantCulture),
                JournalValue.Diff([("Status", MandateStatus.Active, MandateStatus.Lapsed)]), m.ContactId);
        }
    }

    private static void WriteInstalment(NpgsqlBinaryImporter w, (PlannedInstalment Plan, long DonationId) row)
    {
        var p = row.Plan;
        w.Write(row.DonationId, NpgsqlDbType.Bigint);
        w.Write(p.GiftId, NpgsqlDbType.Bigint);
        w.Write(p.ContactId, NpgsqlDbType.Bigint);
        w.Write(p.Channel.ToString(), NpgsqlDbType.Text);
        w.Write(p.Amount, NpgsqlDbType.Numeric);
        w.Write(p.DueOn, NpgsqlDbType.Date);
        w.Write(p.CollectOn, NpgsqlDbType.Date);
        BulkWriter.Text(w, p.Sequence?.ToString());
        BulkWriter.Text(w, p.Sequence is null ? null : EndToEndId(row.DonationId));
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
