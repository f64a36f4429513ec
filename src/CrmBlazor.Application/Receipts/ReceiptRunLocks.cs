using Npgsql;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// The server executing a run holds a session advisory lock for it. PostgreSQL frees it when that server's
/// connection ends, so a run row still « Running » without its lock was left behind by a stopped server.
/// </summary>
internal static class ReceiptRunLocks
{
    /// <summary>The first key of the two-key advisory lock (« RCPT »), the second is the run id.</summary>
    private const int Namespace = 0x5243_5054;

    public static async Task<bool> TryTakeAsync(NpgsqlConnection connection, long runId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@ns, @run)", connection);
        command.Parameters.AddWithValue("ns", Namespace);
        command.Parameters.AddWithValue("run", Key(runId));
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    public static async Task ReleaseAsync(NpgsqlConnection connection, long runId)
    {
        await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@ns, @run)", connection);
        command.Parameters.AddWithValue("ns", Namespace);
        command.Parameters.AddWithValue("run", Key(runId));
        await command.ExecuteScalarAsync(CancellationToken.None);
    }

    /// <summary>Whether some server of this database is executing a run: <paramref name="runId"/>'s, or any when null.</summary>
    public static async Task<bool> HeldAsync(NpgsqlConnection connection, long? runId, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT EXISTS (
                SELECT 1 FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND objsubid = 2
                  AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
                  AND classid::bigint = @ns AND (@run::int IS NULL OR objid::bigint = @run))
            """,
            connection);
        command.Parameters.AddWithValue("ns", (long)Namespace);
        command.Parameters.Add(new NpgsqlParameter<int?>("run", runId is { } id ? Key(id) : null));
        return (bool)(await command.ExecuteScalarAsync(ct))!;
    }

    private static int Key(long runId) => (int)(runId % int.MaxValue);
}
