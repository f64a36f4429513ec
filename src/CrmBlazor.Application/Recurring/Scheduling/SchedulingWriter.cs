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
    private const string InstalmentColumns = "donation_id, gift_id, contact_id, channel, amount, due_on, collect_on, sequence, end_to_end_id, sepa_file_id";

    /// <summary>The donations, the gifts' next due dates and stops, the mandates: all that does not need the SEPA files' ids.</summary>
    public async Task WriteDonationsAndGiftsAsync(SchedulingPlan plan, IReadOnlyList<long> donationIds, CancellationToken ct)
    {
        var rows = plan.Instalments.Select((p, i) => new Row(p, donationIds[i])).ToList();
        await ExecuteAsync(
            """
            CREATE TEMP TABLE run_instalments (donation_id bigint PRIMARY KEY, gift_id bigint, contact_id bigint, channel text,
                amount numeric(12,2), due_on date, collect_on date, sequence text, end_to_end_id text, sepa_file_id bigint) ON COMMIT DROP;
            CREATE TEMP TABLE run_gifts (id bigint PRIMARY KEY, contact_id bigint, previous_due_on date, next_due_on date, status text, reason text) ON COMMIT DROP;
            CREATE TEMP TABLE run_mandates (id bigint PRIMARY KEY, last_collection_on date, lapses boolean) ON COMMIT DROP;
            """,
            ct);
        await BulkWriter.CopyAsync(connection, "run_instalments", InstalmentColumns, rows, WriteInstalment, ct);
        await BulkWriter.CopyAsync(connection, "run_gifts", "id, contact_id, previous_due_on, next_due_on, status, reason", plan.Gifts, WriteGift, ct);
        await BulkWriter.CopyAsync(connection, "run_mandates", "id, last_collection_on, lapses", plan.Mandates, WriteMandate, ct);
        await ExecuteAsync(
            """
            INSERT INTO donations (id, contact_id, payment_id, campaign_id, amount, donated_on, method, origin, status)
            SELECT r.donation_id, r.contact_id, NULL, g.campaign_id, r.amount, r.collect_on, r.channel, 'Recurring', 'Pending'
              FROM run_instalments r JOIN recurring_gifts g ON g.id = r.gift_id;
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
    }

    /// <summary>The instalments, each SEPA debit with its file, then the journal of the whole run.</summary>
    public async Task WriteInstalmentsAsync(IReadOnlyDictionary<DateOnly, long> sepaFiles, CancellationToken ct)
    {
        await ExecuteAsync(
            """
            UPDATE run_instalments r SET sepa_file_id = f.file_id
              FROM unnest(@days, @files) AS f(collect_on, file_id)
             WHERE r.sequence IS NOT NULL AND r.collect_on = f.collect_on;
            INSERT INTO instalments (donation_id, recurring_gift_id, contact_id, due_on, collect_on, amount, channel, status, sequence,
                                     end_to_end_id, sepa_file_id, scheduling_run_id)
            SELECT r.donation_id, r.gift_id, r.contact_id, r.due_on, r.collect_on, r.amount, r.channel, 'Pending', r.sequence,
                   r.end_to_end_id, r.sepa_file_id, @run
              FROM run_instalments r;
            """,
            ct,
            ("days", sepaFiles.Keys.ToArray()),
            ("files", sepaFiles.Values.ToArray()),
            ("run", runId));
        await ExecuteAsync(JournalSql, ct, ("now", now), ("actor_id", (object?)actor.UserId ?? DBNull.Value), ("actor_name", actor.Name), ("run", runId), ("today", today));
    }

    /// <summary>
    /// The journal lines of the run, built by PostgreSQL from its temporary tables: each donation created with its
    /// instalment and the move of its gift's next due date (one line: they are one act of the run), each gift the run
    /// stopped, each mandate's last collection or lapse.
    /// </summary>
    private const string JournalSql = """
        INSERT INTO journal_entries (occurred_at, actor_id, actor_name, action, entity_type, entity_key, changes, contact_id)
        SELECT @now, @actor_id, @actor_name, t.action, t.entity, t.id::text, t.changes, t.contact_id FROM (
            SELECT 'Created' AS action, 'donations' AS entity, r.donation_id AS id, r.contact_id,
                   jsonb_build_array(
                       jsonb_build_object('field', 'Id', 'old', NULL, 'new', r.donation_id::text),
                       jsonb_build_object('field', 'ContactId', 'old', NULL, 'new', r.contact_id::text),
                       jsonb_build_object('field', 'Amount', 'old', NULL, 'new', r.amount::text),
                       jsonb_build_object('field', 'DonatedOn', 'old', NULL, 'new', to_char(r.collect_on, 'YYYY-MM-DD')),
                       jsonb_build_object('field', 'Method', 'old', NULL, 'new', r.channel),
                       jsonb_build_object('field', 'Origin', 'old', NULL, 'new', 'Recurring'),
                       jsonb_build_object('field', 'Status', 'old', NULL, 'new', 'Pending'),
                       jsonb_build_object('field', 'RecurringGiftId', 'old', NULL, 'new', r.gift_id::text),
                       jsonb_build_object('field', 'DueOn', 'old', NULL, 'new', to_char(r.due_on, 'YYYY-MM-DD')),
                       jsonb_build_object('field', 'Sequence', 'old', NULL, 'new', r.sequence),
                       jsonb_build_object('field', 'EndToEndId', 'old', NULL, 'new', r.end_to_end_id),
                       jsonb_build_object('field', 'SepaFileId', 'old', NULL, 'new', r.sepa_file_id::text),
                       jsonb_build_object('field', 'SchedulingRunId', 'old', NULL, 'new', @run::text),
                       jsonb_build_object('field', 'RecurringGift.NextDueOn', 'old', to_char(g.previous_due_on, 'YYYY-MM-DD'),
                                          'new', to_char(g.next_due_on, 'YYYY-MM-DD'))) AS changes
              FROM run_instalments r JOIN run_gifts g ON g.id = r.gift_id
            UNION ALL
            SELECT 'Updated', 'recurring_gifts', g.id, g.contact_id,
                   jsonb_build_array(jsonb_build_object('field', 'NextDueOn', 'old', to_char(g.previous_due_on, 'YYYY-MM-DD'),
                                                                          'new', to_char(g.next_due_on, 'YYYY-MM-DD')))
                   || CASE WHEN g.status = 'Active' THEN '[]'::jsonb ELSE jsonb_build_array(
                          jsonb_build_object('field', 'Status', 'old', 'Active', 'new', g.status),
                          jsonb_build_object('field', 'StatusReason', 'old', NULL, 'new', g.reason),
                          jsonb_build_object('field', 'StatusChangedOn', 'old', NULL, 'new', to_char(@today::date, 'YYYY-MM-DD'))) END
              FROM run_gifts g
             WHERE g.status <> 'Active'
            UNION ALL
            SELECT 'Updated', 'sepa_mandates', m.id, sm.contact_id,
                   CASE WHEN m.lapses
                        THEN jsonb_build_array(jsonb_build_object('field', 'Status', 'old', 'Active', 'new', 'Lapsed'))
                        ELSE jsonb_build_array(jsonb_build_object('field', 'LastCollectionOn', 'old', NULL,
                                                                  'new', to_char(sm.last_collection_on, 'YYYY-MM-DD'))) END
              FROM run_mandates m JOIN sepa_mandates sm ON sm.id = m.id) t
        """;

    /// <summary>The end-to-end id echoed by the bank in returns: our donation id, so a return finds its instalment.</summary>
    public static string EndToEndId(long donationId) => string.Create(CultureInfo.InvariantCulture, $"CRMB-{donationId}");

    private sealed record Row(PlannedInstalment Plan, long DonationId);

    private static void WriteInstalment(NpgsqlBinaryImporter w, Row row)
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
        w.WriteNull();
    }

    private static void WriteGift(NpgsqlBinaryImporter w, GiftAfterRun g)
    {
        w.Write(g.GiftId, NpgsqlDbType.Bigint);
        w.Write(g.ContactId, NpgsqlDbType.Bigint);
        w.Write(g.PreviousDueOn, NpgsqlDbType.Date);
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
