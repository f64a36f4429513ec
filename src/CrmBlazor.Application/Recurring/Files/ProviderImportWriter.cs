using CrmBlazor.Application.Common;
using System.Globalization;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// Writes what an import changed, set-based: one UPDATE per table for the instalments, donations and gifts the
/// domain changed in memory (each row checked against the version read, as EF would), one INSERT for the applied
/// lines, the journal by COPY with the fields the journal interceptor would have listed, and one NOTIFY per record
/// for the open screens. One statement per table matters: the donor summary is refreshed per statement, and a
/// month's journal holds thousands of lines.
/// </summary>
internal static class ProviderImportWriter
{
    public static async Task WriteAsync(
        NpgsqlConnection connection, ProviderLineMatcher matcher, IReadOnlyList<AppliedLine> applied, long importId, Actor actor, DateTimeOffset now,
        CancellationToken ct)
    {
        var journal = new List<JournalEntry>();
        var parts = new Dictionary<long, SortedSet<string>>();

        var instalments = matcher.Changed(matcher.Instalments, RowFields.Of).ToList();
        await UpdateInstalmentsAsync(connection, instalments.Select(c => c.Row).ToList(), ct);
        Journal(journal, parts, "instalments", instalments, i => i.DonationId, i => i.ContactId, i => i.ContactPart);

        var donations = matcher.Changed(matcher.Donations.Values, RowFields.Of).ToList();
        await UpdateDonationsAsync(connection, donations.Select(c => c.Row).ToList(), ct);
        Journal(journal, parts, "donations", donations, d => d.Id, d => d.ContactId, d => d.ContactPart);

        var gifts = matcher.Changed(matcher.Gifts.Values, RowFields.Of).ToList();
        await UpdateGiftsAsync(connection, gifts.Select(c => c.Row).ToList(), ct);
        Journal(journal, parts, "recurring_gifts", gifts, g => g.Id, g => g.ContactId, g => g.ContactPart);

        var transactions = applied.Select(a => a.ToTransaction(importId)).ToList();
        foreach (var (id, row) in await InsertTransactionsAsync(connection, transactions, ct))
        {
            journal.Add(JournalEntry.ForChange(
                now, actor, JournalAction.Created, "provider_transactions", id.ToString(CultureInfo.InvariantCulture), BulkWriter.Created(RowFields.Of(row))));
        }

        await BulkWriter.CopyAsync(connection, "journal_entries", BulkWriter.JournalColumns, journal, BulkWriter.WriteJournal, ct);
        await NotifyAsync(connection, parts, actor, ct);

        void Journal<T>(
            List<JournalEntry> entries, Dictionary<long, SortedSet<string>> touched, string table, IEnumerable<(T Row, IReadOnlyList<FieldChange> Changes)> rows,
            Func<T, long> key, Func<T, long> contact, Func<T, string> part)
        {
            foreach (var (row, changes) in rows)
            {
                entries.Add(JournalEntry.ForChange(
                    now, actor, JournalAction.Updated, table, key(row).ToString(CultureInfo.InvariantCulture), changes, contact(row)));
                if (!touched.TryGetValue(contact(row), out var set))
                {
                    touched[contact(row)] = set = [];
                }

                set.Add(part(row));
            }
        }
    }

    private static async Task UpdateInstalmentsAsync(NpgsqlConnection connection, IReadOnlyList<Instalment> rows, CancellationToken ct)
    {
        const string sql = """
            UPDATE instalments i
            SET status = v.status, collected_on = v.collected_on, provider_transaction_id = v.transaction_id, failure_code = v.failure_code,
                failure_reason = v.failure_reason, failed_on = v.failed_on, resolution = v.resolution, resolved_on = v.resolved_on
            FROM unnest(@ids, @versions, @statuses, @collected, @transactions, @codes, @reasons, @failed, @resolutions, @resolved)
                AS v(id, version, status, collected_on, transaction_id, failure_code, failure_reason, failed_on, resolution, resolved_on)
            WHERE i.donation_id = v.id AND i.xmin::text::bigint = v.version
            """;
        await UpdateAsync(connection, sql, rows.Count, ct,
            Ids(rows.Select(r => r.DonationId)), Versions(rows.Select(r => r.Version)), Texts("statuses", rows.Select(r => r.Status.ToString())),
            Dates("collected", rows.Select(r => r.CollectedOn)), Texts("transactions", rows.Select(r => r.ProviderTransactionId)),
            Texts("codes", rows.Select(r => r.FailureCode)), Texts("reasons", rows.Select(r => r.FailureReason)), Dates("failed", rows.Select(r => r.FailedOn)),
            Texts("resolutions", rows.Select(r => r.Resolution?.ToString())), Dates("resolved", rows.Select(r => r.ResolvedOn)));
    }

    private static async Task UpdateDonationsAsync(NpgsqlConnection connection, IReadOnlyList<Donation> rows, CancellationToken ct)
    {
        const string sql = """
            UPDATE donations d SET status = v.status, status_reason = v.reason, status_changed_on = v.changed_on
            FROM unnest(@ids, @versions, @statuses, @reasons, @changed) AS v(id, version, status, reason, changed_on)
            WHERE d.id = v.id AND d.xmin::text::bigint = v.version
            """;
        await UpdateAsync(connection, sql, rows.Count, ct,
            Ids(rows.Select(r => r.Id)), Versions(rows.Select(r => r.Version)), Texts("statuses", rows.Select(r => r.Status.ToString())),
            Texts("reasons", rows.Select(r => r.StatusReason)), Dates("changed", rows.Select(r => r.StatusChangedOn)));
    }

    private static async Task UpdateGiftsAsync(NpgsqlConnection connection, IReadOnlyList<RecurringGift> rows, CancellationToken ct)
    {
        const string sql = """
            UPDATE recurring_gifts g SET status = v.status, status_reason = v.reason, status_changed_on = v.changed_on, next_due_on = v.next_due_on
            FROM unnest(@ids, @versions, @statuses, @reasons, @changed, @next) AS v(id, version, status, reason, changed_on, next_due_on)
            WHERE g.id = v.id AND g.xmin::text::bigint = v.version
            """;
        await UpdateAsync(connection, sql, rows.Count, ct,
            Ids(rows.Select(r => r.Id)), Versions(rows.Select(r => r.Version)), Texts("statuses", rows.Select(r => r.Status.ToString())),
            Texts("reasons", rows.Select(r => r.StatusReason)), Dates("changed", rows.Select(r => r.StatusChangedOn)),
            Dates("next", rows.Select(r => (DateOnly?)r.NextDueOn)));
    }

    /// <summary>Every row must still be as it was read: otherwise someone changed it meanwhile and the import rolls back.</summary>
    private static async Task UpdateAsync(NpgsqlConnection connection, string sql, int expected, CancellationToken ct, params NpgsqlParameter[] parameters)
    {
        if (expected == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        if (await command.ExecuteNonQueryAsync(ct) != expected)
        {
            throw new DbUpdateConcurrencyException("A row changed since the import read it.");
        }
    }

    private static async Task<List<(long Id, ProviderTransaction Row)>> InsertTransactionsAsync(
        NpgsqlConnection connection, IReadOnlyList<ProviderTransaction> rows, CancellationToken ct)
    {
        var inserted = new List<(long, ProviderTransaction)>(rows.Count);
        if (rows.Count == 0)
        {
            return inserted;
        }

        const string sql = """
            INSERT INTO provider_transactions (channel, transaction_id, outcome, instalment_id, import_id, occurred_on, amount, reason_code, reason, settlement_reference)
            SELECT * FROM unnest(@channels, @transactions, @outcomes, @instalments, @imports, @occurred, @amounts, @codes, @reasons, @settlements)
            RETURNING id, channel, transaction_id, outcome
            """;
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(new NpgsqlParameter[]
        {
            Texts("channels", rows.Select(r => r.Channel.ToString())), Texts("transactions", rows.Select(r => r.TransactionId)),
            Texts("outcomes", rows.Select(r => r.Outcome.ToString())), Ids(rows.Select(r => r.InstalmentId), "instalments"),
            Ids(rows.Select(r => r.ImportId), "imports"), Dates("occurred", rows.Select(r => (DateOnly?)r.OccurredOn)),
            new NpgsqlParameter("amounts", NpgsqlDbType.Array | NpgsqlDbType.Numeric) { Value = rows.Select(r => r.Amount).ToArray() },
            Texts("codes", rows.Select(r => r.ReasonCode)), Texts("reasons", rows.Select(r => r.Reason)),
            Texts("settlements", rows.Select(r => r.SettlementReference)),
        });
        var byKey = rows.ToDictionary(r => (r.Channel.ToString(), r.TransactionId, r.Outcome.ToString()));
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            inserted.Add((reader.GetInt64(0), byKey[(reader.GetString(1), reader.GetString(2), reader.GetString(3))]));
        }

        return inserted;
    }

    /// <summary>The same notice the change interceptor sends, one per record: delivered when the transaction commits.</summary>
    private static async Task NotifyAsync(NpgsqlConnection connection, Dictionary<long, SortedSet<string>> parts, Actor actor, CancellationToken ct)
    {
        if (parts.Count == 0)
        {
            return;
        }

        var payloads = parts.Select(p => PgChangeNotifier.Serialize(
            new ChangeNotice(ContactChangeInterceptor.Topic(p.Key), string.Join(',', p.Value), actor.Name))).ToArray();
        await using var command = new NpgsqlCommand("SELECT count(pg_notify(@channel, p)) FROM unnest(@payloads) AS p", connection);
        command.Parameters.AddWithValue("channel", PgChangeNotifier.Channel);
        command.Parameters.Add(new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = payloads });
        await command.ExecuteScalarAsync(ct);
    }

    private static NpgsqlParameter Ids(IEnumerable<long> ids, string name = "ids") =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() };

    private static NpgsqlParameter Versions(IEnumerable<uint> versions) =>
        new("versions", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = versions.Select(v => (long)v).ToArray() };

    private static NpgsqlParameter Texts(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static NpgsqlParameter Dates(string name, IEnumerable<DateOnly?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = values.ToArray() };
}

/// <summary>The fields an import may change, as the journal names them (the entities' property names).</summary>
internal static class RowFields
{
    public static (string Field, object? Value)[] Of(Instalment i) =>
    [
        (nameof(i.Status), i.Status), (nameof(i.CollectedOn), i.CollectedOn), (nameof(i.ProviderTransactionId), i.ProviderTransactionId),
        (nameof(i.FailureCode), i.FailureCode), (nameof(i.FailureReason), i.FailureReason), (nameof(i.FailedOn), i.FailedOn),
        (nameof(i.Resolution), i.Resolution), (nameof(i.ResolvedOn), i.ResolvedOn),
    ];

    public static (string Field, object? Value)[] Of(Donation d) =>
        [(nameof(d.Status), d.Status), (nameof(d.StatusReason), d.StatusReason), (nameof(d.StatusChangedOn), d.StatusChangedOn)];

    public static (string Field, object? Value)[] Of(RecurringGift g) =>
    [
        (nameof(g.Status), g.Status), (nameof(g.StatusReason), g.StatusReason), (nameof(g.StatusChangedOn), g.StatusChangedOn),
        (nameof(g.NextDueOn), g.NextDueOn),
    ];

    public static (string Field, object? Value)[] Of(ProviderTransaction p) =>
    [
        (nameof(p.Channel), p.Channel), (nameof(p.TransactionId), p.TransactionId), (nameof(p.Outcome), p.Outcome), (nameof(p.InstalmentId), p.InstalmentId),
        (nameof(p.ImportId), p.ImportId), (nameof(p.OccurredOn), p.OccurredOn), (nameof(p.Amount), p.Amount), (nameof(p.ReasonCode), p.ReasonCode),
        (nameof(p.Reason), p.Reason), (nameof(p.SettlementReference), p.SettlementReference),
    ];
}
