using Npgsql;

namespace CrmBlazor.Application.Demo;

/// <summary>The secondary indexes and foreign keys of the loaded tables, as PostgreSQL itself writes them back.</summary>
internal sealed record DemoDroppedSchema(IReadOnlyList<string> CreateIndexes, IReadOnlyList<string> AddForeignKeys)
{
    public static DemoDroppedSchema None { get; } = new([], []);

    public int Count => CreateIndexes.Count + AddForeignKeys.Count;
}

/// <summary>Id reservation and index handling for the bulk load; every statement runs in the load's transaction.</summary>
internal static class DemoBaseSchema
{
    /// <summary>
    /// Reserves <paramref name="count"/> ids above both the table's highest id and every HiLo block the sequence has
    /// handed out (a running app may hold one it has not used yet), and moves the sequence past them right away:
    /// sequences are not transactional, so apps inserting during the load already draw their blocks beyond ours.
    /// </summary>
    public static async Task<long> ReserveAsync(
        NpgsqlConnection connection, string table, string column, string sequence, long count, CancellationToken ct)
    {
        var highestRow = await ScalarAsync<long>(connection, $"SELECT COALESCE(max({column}), 0) FROM {table}", ct);
        // A block starts at the value nextval returned and spans increment_by ids; an unused sequence has handed out nothing.
        var highestBlock = await ScalarAsync<long>(
            connection,
            "SELECT COALESCE(last_value + increment_by - 1, start_value - 1) FROM pg_sequences WHERE schemaname = current_schema() AND sequencename = @p0",
            ct,
            sequence);
        var first = Math.Max(highestRow, highestBlock) + 1;
        if (count > 0)
        {
            await ExecuteAsync(connection, "SELECT setval(@p0::regclass, @p1)", ct, sequence, first + count - 1);
        }

        return first;
    }

    /// <summary>
    /// Drops the non-primary indexes and the foreign keys of <paramref name="tables"/> and returns how to recreate
    /// them (pg_get_indexdef is what pg_indexes.indexdef shows). Indexes that back a constraint stay: dropping them would mean dropping the constraint.
    /// </summary>
    public static async Task<DemoDroppedSchema> DropAsync(NpgsqlConnection connection, IReadOnlyList<string> tables, CancellationToken ct)
    {
        var indexes = await PairsAsync(
            connection,
            """
            SELECT format('%I.%I', n.nspname, ic.relname), pg_get_indexdef(i.indexrelid)
            FROM pg_index i
            JOIN pg_class ic ON ic.oid = i.indexrelid
            JOIN pg_class t ON t.oid = i.indrelid
            JOIN pg_namespace n ON n.oid = t.relnamespace
            WHERE n.nspname = current_schema() AND t.relname = ANY(@p0) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x'))
            ORDER BY t.relname, ic.relname
            """,
            tables,
            ct);
        var foreignKeys = await PairsAsync(
            connection,
            """
            SELECT format('ALTER TABLE %s DROP CONSTRAINT %I', c.conrelid::regclass, c.conname),
                   format('ALTER TABLE %s ADD CONSTRAINT %I %s', c.conrelid::regclass, c.conname, pg_get_constraintdef(c.oid))
            FROM pg_constraint c
            JOIN pg_class t ON t.oid = c.conrelid
            WHERE c.contype = 'f' AND t.relnamespace = current_schema()::regnamespace AND t.relname = ANY(@p0)
            ORDER BY t.relname, c.conname
            """,
            tables,
            ct);

        foreach (var (drop, _) in foreignKeys)
        {
            await ExecuteAsync(connection, drop, ct);
        }

        foreach (var (name, _) in indexes)
        {
            await ExecuteAsync(connection, $"DROP INDEX {name}", ct);
        }

        return new DemoDroppedSchema(indexes.Select(i => i.Second).ToList(), foreignKeys.Select(f => f.Second).ToList());
    }

    /// <summary>Recreates the indexes first (unique ones check the new rows), then the foreign keys, which validate every row.</summary>
    public static async Task RestoreAsync(
        NpgsqlConnection connection, DemoDroppedSchema dropped, DemoProgressCounter indexProgress, DemoProgressCounter keyProgress, CancellationToken ct)
    {
        foreach (var create in dropped.CreateIndexes)
        {
            await ExecuteAsync(connection, create, ct);
            indexProgress.Add(1);
        }

        foreach (var add in dropped.AddForeignKeys)
        {
            await ExecuteAsync(connection, add, ct);
            keyProgress.Add(1);
        }
    }

    public static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        await command.ExecuteNonQueryAsync(ct);
    }

    public static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct, params object[] parameters)
    {
        await using var command = Command(connection, sql, parameters);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<List<(string First, string Second)>> PairsAsync(
        NpgsqlConnection connection, string sql, IReadOnlyList<string> tables, CancellationToken ct)
    {
        var pairs = new List<(string, string)>();
        await using var command = Command(connection, sql, [tables.ToArray()]);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            pairs.Add((reader.GetString(0), reader.GetString(1)));
        }

        return pairs;
    }

    /// <summary>No timeout: rebuilding an index over millions of rows takes longer than Npgsql's default 30 s on a slow disk.</summary>
    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters.AddWithValue($"p{i}", parameters[i]);
        }

        return command;
    }
}
