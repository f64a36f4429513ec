using System.Text.Json;
using CrmBlazor.Domain.Journal;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Common;

/// <summary>
/// Set-based writing for runs: ids drawn from the same HiLo sequences EF uses, binary COPY of whole chunks,
/// and journal rows written like the journal interceptor writes them.
/// </summary>
internal sealed record SerializedJournalEntry(JournalEntry Entry, string Changes);

internal static class BulkWriter
{
    private static readonly JsonSerializerOptions JournalJson = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// <paramref name="count"/> ids from a HiLo sequence: each nextval is a block of increment_by ids for whoever drew it
    /// (EF does the same), so ids drawn here never meet those of a handler saving at the same moment.
    /// </summary>
    public static async Task<long[]> ReserveIdsAsync(NpgsqlConnection connection, string sequence, int count, CancellationToken ct)
    {
        if (count == 0)
        {
            return [];
        }

        await using var command = new NpgsqlCommand(
            """
            WITH seq AS (SELECT increment_by AS step FROM pg_sequences WHERE schemaname = current_schema() AND sequencename = @name),
                 blocks AS (SELECT nextval(@name::regclass) AS low FROM generate_series(1, (SELECT ceil(@count::numeric / step)::int FROM seq)))
            SELECT b.low + o.o FROM blocks b CROSS JOIN LATERAL generate_series(0, (SELECT step FROM seq) - 1) AS o(o)
            ORDER BY 1 LIMIT @count
            """,
            connection);
        command.Parameters.AddWithValue("name", sequence);
        command.Parameters.AddWithValue("count", count);
        var ids = new long[count];
        var i = 0;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids[i++] = reader.GetInt64(0);
        }

        return i == count ? ids : throw new InvalidOperationException($"Sequence {sequence} gave {i} ids instead of {count}.");
    }

    public static async Task<ulong> CopyAsync<T>(
        NpgsqlConnection connection, string table, string columns, IReadOnlyCollection<T> rows, Action<NpgsqlBinaryImporter, T> write, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        await using var importer = await connection.BeginBinaryImportAsync($"COPY {table} ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
        }

        return await importer.CompleteAsync(ct);
    }

    public const string JournalColumns = "occurred_at, actor_id, actor_name, action, entity_type, entity_key, changes, detail, contact_id";

    public static void WriteJournal(NpgsqlBinaryImporter importer, JournalEntry entry) =>
        WriteJournal(importer, new SerializedJournalEntry(entry, ChangesJson(entry)));

    /// <summary>The changes as the journal stores them; a run serializes its lines on another core while PostgreSQL writes.</summary>
    public static string ChangesJson(JournalEntry entry) => JsonSerializer.Serialize(entry.Changes, JournalJson);

    public static void WriteJournal(NpgsqlBinaryImporter importer, SerializedJournalEntry serialized)
    {
        var entry = serialized.Entry;
        importer.Write(entry.OccurredAt, NpgsqlDbType.TimestampTz);
        Text(importer, entry.ActorId);
        importer.Write(entry.ActorName, NpgsqlDbType.Varchar);
        importer.Write(entry.Action.ToString(), NpgsqlDbType.Varchar);
        importer.Write(entry.EntityType, NpgsqlDbType.Varchar);
        Text(importer, entry.EntityKey);
        importer.Write(serialized.Changes, NpgsqlDbType.Jsonb);
        Text(importer, entry.Detail);
        Id(importer, entry.ContactId);
    }

    /// <summary>A created row's fields as the journal lists them: every field, from nothing to its value.</summary>
    public static IReadOnlyList<FieldChange> Created(params (string Field, object? Value)[] fields) =>
        JournalValue.Diff(fields.Select(f => (f.Field, (object?)null, f.Value)));

    public static void Text(NpgsqlBinaryImporter importer, string? value)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, NpgsqlDbType.Varchar);
        }
    }

    public static void Id(NpgsqlBinaryImporter importer, long? value)
    {
        if (value is { } id)
        {
            importer.Write(id, NpgsqlDbType.Bigint);
        }
        else
        {
            importer.WriteNull();
        }
    }

    public static void Instant(NpgsqlBinaryImporter importer, DateTimeOffset? value)
    {
        if (value is { } at)
        {
            importer.Write(at.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        }
        else
        {
            importer.WriteNull();
        }
    }
}
