using Npgsql;
using Testcontainers.PostgreSql;

namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>
/// The PostgreSQL server the tests may use: the one CRM_TEST_DB names (database crm_test, role with CREATEDB),
/// else a throwaway postgres:15 container when a Docker engine answers. Nothing else is ever connected to.
/// </summary>
public sealed class PostgresServer : IAsyncDisposable
{
    public const string Variable = "CRM_TEST_DB";

    private readonly PostgreSqlContainer? _container;

    private PostgresServer(string connectionString, PostgreSqlContainer? container)
    {
        ConnectionString = connectionString;
        _container = container;
    }

    /// <summary>Connection string to the administrative database (crm_test) the fixtures create their own databases from.</summary>
    public string ConnectionString { get; }

    public static async Task<PostgresServer> StartAsync()
    {
        var configured = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new PostgresServer(configured, null);
        }

        PostgreSqlContainer? container = null;
        try
        {
            // Build() already asks the Docker engine, and throws when none answers.
            container = new PostgreSqlBuilder("postgres:15")
                .WithDatabase("crm_test")
                .WithUsername("crm_test")
                .WithPassword(Guid.NewGuid().ToString("N"))
                .Build();
            await container.StartAsync();
        }
        catch (Exception e)
        {
            if (container is not null)
            {
                await container.DisposeAsync();
            }

            throw new InvalidOperationException(
                $"{Variable} is not set and no PostgreSQL container could be started ({e.GetType().Name}: {e.Message}) " +
                $"Set {Variable} to a connection string to database crm_test whose role has CREATEDB, e.g. " +
                $"Host=127.0.0.1;Port=5432;Database=crm_test;Username=crm_test;Password=…, or start a Docker engine.",
                e);
        }

        return new PostgresServer(container.GetConnectionString(), container);
    }

    /// <summary>Creates an empty database named <paramref name="name"/> and returns the connection string to it.</summary>
    public Task<string> CreateDatabaseAsync(string name) => ScratchDatabase.CreateAsync(ConnectionString, name);

    public Task DropDatabaseAsync(string name) => ScratchDatabase.DropAsync(ConnectionString, name);

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}
