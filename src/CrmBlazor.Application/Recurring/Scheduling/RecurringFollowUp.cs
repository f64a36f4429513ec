using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrmBlazor.Application.Recurring.Scheduling;

public sealed record FollowUpOutcome(int DebitsSettled, int MandatesLapsed, int GiftsStopped);

/// <summary>
/// The daily follow-up of recurring money, set-based and journaled: a SEPA debit the bank has not returned
/// <see cref="RecurringOptions.SepaSettlementDays"/> days after its collection date counts as collected (a later
/// refund still makes it unpaid); a mandate with no collection for 36 months lapses and its gifts stop.
/// </summary>
public sealed class RecurringFollowUp(NpgsqlDataSource dataSource, ActorContext actor, TimeProvider clock, IOptions<RecurringOptions> options)
{
    public async Task<FollowUpOutcome> RunAsync(CancellationToken ct = default)
    {
        var today = ParisTime.Today(clock);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var settled = await ExecuteAsync(connection, SettleSql, today, ct, ("settled_before", today.AddDays(-options.Value.SepaSettlementDays)));
        var lapsed = await ExecuteAsync(connection, LapseSql, today, ct, ("lapsed_before", today.AddMonths(-RecurringLimits.MandateLapseMonths)));
        var stopped = await ExecuteAsync(connection, StopGiftsSql, today, ct);
        await transaction.CommitAsync(ct);
        return new FollowUpOutcome(settled, lapsed, stopped);
    }

    // Data-modifying CTEs all run once; the statement returns how many rows the first one changed.
    private const string Journal = """
        journal AS (
        INSERT INTO journal_entries (occurred_at, actor_id, actor_name, action, entity_type, entity_key, changes, contact_id)
        SELECT @now, @actor_id, @actor_name, 'Updated', t.entity, t.id::text, t.changes, t.contact_id FROM
        """;

    private const string SettleSql = $"""
        WITH due AS (
            UPDATE instalments SET status = 'Collected', collected_on = collect_on
             WHERE channel = 'DirectDebit' AND status = 'Pending' AND sepa_file_id IS NOT NULL AND collect_on <= @settled_before
         RETURNING donation_id, contact_id, collect_on),
        gifts AS (
            UPDATE donations d SET status = 'Collected', status_changed_on = @today
              FROM due WHERE d.id = due.donation_id AND d.status = 'Pending'
         RETURNING d.id, d.contact_id),
        {Journal} (
            SELECT 'instalments' AS entity, donation_id AS id, contact_id,
                   jsonb_build_array(jsonb_build_object('field', 'Status', 'old', 'Pending', 'new', 'Collected'),
                                     jsonb_build_object('field', 'CollectedOn', 'old', NULL, 'new', to_char(collect_on, 'YYYY-MM-DD'))) AS changes
              FROM due
            UNION ALL
            SELECT 'donations', id, contact_id, jsonb_build_array(jsonb_build_object('field', 'Status', 'old', 'Pending', 'new', 'Collected'))
              FROM gifts) t RETURNING 1)
        SELECT count(*) FROM due
        """;

    private const string LapseSql = $"""
        WITH lapsed AS (
            UPDATE sepa_mandates SET status = 'Lapsed', status_changed_on = @today,
                   status_reason = 'Mandat caduc : aucun prélèvement présenté depuis 36 mois.'
             WHERE status = 'Active' AND COALESCE(last_collection_on, signed_on) < @lapsed_before
         RETURNING id, contact_id),
        {Journal} (
            SELECT 'sepa_mandates' AS entity, id, contact_id,
                   jsonb_build_array(jsonb_build_object('field', 'Status', 'old', 'Active', 'new', 'Lapsed')) AS changes
              FROM lapsed) t RETURNING 1)
        SELECT count(*) FROM lapsed
        """;

    private const string StopGiftsSql = $"""
        WITH stopped AS (
            UPDATE recurring_gifts g SET status = 'Cancelled', status_changed_on = @today,
                   status_reason = CASE m.status WHEN 'Lapsed' THEN 'Mandat caduc : aucun prélèvement présenté depuis 36 mois' ELSE 'Mandat révoqué' END
              FROM sepa_mandates m
             WHERE m.id = g.mandate_id AND m.status <> 'Active' AND g.status IN ('Active', 'Suspended')
         RETURNING g.id, g.contact_id, g.status_reason),
        {Journal} (
            SELECT 'recurring_gifts' AS entity, id, contact_id,
                   jsonb_build_array(jsonb_build_object('field', 'Status', 'old', NULL, 'new', 'Cancelled'),
                                     jsonb_build_object('field', 'StatusReason', 'old', NULL, 'new', status_reason)) AS changes
              FROM stopped) t RETURNING 1)
        SELECT count(*) FROM stopped
        """;

    private async Task<int> ExecuteAsync(
        NpgsqlConnection connection, string sql, DateOnly today, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("now", clock.GetUtcNow());
        command.Parameters.AddWithValue("actor_id", (object?)actor.Current.UserId ?? DBNull.Value);
        command.Parameters.AddWithValue("actor_name", actor.Current.Name);
        command.Parameters.AddWithValue("today", today);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (int)(long)(await command.ExecuteScalarAsync(ct))!;
    }
}
