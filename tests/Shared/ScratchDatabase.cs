using Npgsql;

namespace CrmBlazor.Tests.Shared;

/// <summary>
/// A test fixture's own database on the test server (CRM_TEST_DB's role has CREATEDB), created empty and
/// dropped at the end. Compiled into the integration and browser test projects.
/// </summary>
internal static class ScratchDatabase
{
    /// <summary>Creates database <paramref name="name"/> and returns the connection string to it.</summary>
    public static async Task<string> CreateAsync(string serverConnectionString, string name)
    {
        await using (var connection = new NpgsqlConnection(AdminConnectionString(serverConnectionString)))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(serverConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Drops the database even while connections to it remain (WITH FORCE ends them).</summary>
    public static async Task DropAsync(string serverConnectionString, string name)
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(AdminConnectionString(serverConnectionString));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>Unpooled: CREATE/DROP DATABASE must not leave idle connections behind.</summary>
    private static string AdminConnectionString(string serverConnectionString) =>
        new NpgsqlConnectionStringBuilder(serverConnectionString) { Pooling = false }.ConnectionString;
}
