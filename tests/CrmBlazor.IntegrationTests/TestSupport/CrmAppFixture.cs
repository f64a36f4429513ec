using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Respawn;
using Respawn.Graph;

namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>
/// Creates a database of its own on the test server, starts the application once against it (which migrates it),
/// and empties it between tests with Respawn. The database is dropped at the end.
/// </summary>
public sealed class CrmAppFixture : IAsyncLifetime
{
    /// <summary>The password of every account the tests create with <see cref="CreateStaffAsync"/>: it follows the rules.</summary>
    public const string Password = "Integration-2026";

    /// <summary>
    /// Kept by every reset: EF's migration history, the roles the migration seeds, the data-protection keys the
    /// running app has cached (its cookies and antiforgery tokens stay valid) and Quartz's job store.
    /// </summary>
    private static readonly string[] KeptTables = [AppDbContext.MigrationsHistoryTable, "staff_roles", "data_protection_keys"];

    private PostgresServer? _server;
    private string? _databaseName;
    private CrmAppFactory? _factory;
    private Respawner? _respawner;
    private int _sequence;

    /// <summary>Connection string to this fixture's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    public string DatabaseName => _databaseName ?? throw new InvalidOperationException("The fixture is not initialised.");

    public CrmAppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture is not initialised.");

    /// <summary>The application's root services.</summary>
    public IServiceProvider Services => Factory.Services;

    /// <summary>The SQL Respawn runs between tests.</summary>
    public string ResetSql => _respawner?.DeleteSql ?? "";

    public async Task InitializeAsync()
    {
        try
        {
            _server = await PostgresServer.StartAsync();
            var name = $"crm_it_{Guid.NewGuid():N}"[..20];
            ConnectionString = await _server.CreateDatabaseAsync(name);
            _databaseName = name;

            _factory = new CrmAppFactory(ConnectionString);
            _factory.StartServer();
            _respawner = await CreateRespawnerAsync();
        }
        catch
        {
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
            _factory = null;
        }

        if (_server is not null)
        {
            if (_databaseName is not null)
            {
                await _server.DropDatabaseAsync(_databaseName);
                _databaseName = null;
            }

            await _server.DisposeAsync();
            _server = null;
        }
    }

    /// <summary>Empties every table but the kept ones (see <see cref="KeptTables"/> and Quartz's).</summary>
    public async Task ResetAsync()
    {
        var respawner = _respawner ?? throw new InvalidOperationException("The fixture is not initialised.");
        await using var connection = await OpenConnectionAsync();
        await respawner.ResetAsync(connection);
    }

    public WebSession NewSession() =>
        new(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<NpgsqlConnection> OpenConnectionAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    /// <summary>
    /// Creates a staff account through the application's own use case, acting as the system.
    /// With <paramref name="temporaryPassword"/> the account gets a generated password to change at first sign-in;
    /// otherwise <see cref="Password"/>. With <paramref name="twoFactor"/> an authenticator is enrolled.
    /// </summary>
    public async Task<StaffAccount> CreateStaffAsync(
        string role, bool twoFactor = false, bool temporaryPassword = false, string? displayName = null)
    {
        var number = Interlocked.Increment(ref _sequence);
        var email = $"{Slug(role)}-{number}@tests.crmblazor.fr";
        var name = displayName ?? $"{role} n°{number}";
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System("tests");
        var created = await scope.ServiceProvider.GetRequiredService<CreateStaffAccountHandler>().HandleAsync(
            new CreateStaffAccountCommand(email, name, role), CancellationToken.None, temporaryPassword ? null : Password);
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        var account = created.Value!;

        string? key = null;
        if (twoFactor)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<StaffUser>>();
            var user = await users.FindByIdAsync(account.Id.ToString()) ?? throw new InvalidOperationException($"{email} was not created.");
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
            var enabled = await users.SetTwoFactorEnabledAsync(user, true);
            Assert.True(enabled.Succeeded, string.Join(" ", enabled.Errors.Select(e => e.Description)));
        }

        return new StaffAccount(account.Id, email, name, role, account.TemporaryPassword, key);
    }

    /// <summary>Runs <paramref name="work"/> in a new scope of the application acting as <paramref name="actor"/>.</summary>
    public async Task<T> ActAsync<T>(Actor actor, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = actor;
        return await work(scope.ServiceProvider);
    }

    /// <summary>Runs <paramref name="work"/> in a new scope of the application acting as the staff member.</summary>
    public Task<T> ActAsync<T>(StaffAccount account, Func<IServiceProvider, Task<T>> work) =>
        ActAsync(Actor.Staff(account.Id.ToString(), account.DisplayName), work);

    /// <summary>Reads the database as it is now, outside any test scope.</summary>
    public async Task<T> QueryAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        await using var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
        return await query(db);
    }

    public Task<StaffUser> FindUserAsync(Guid id) =>
        QueryAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == id));

    public Task<List<JournalEntry>> JournalAsync() =>
        QueryAsync(db => db.JournalEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync());

    private async Task<Respawner> CreateRespawnerAsync()
    {
        await using var connection = await OpenConnectionAsync();
        var kept = KeptTables.Select(t => new Table("public", t)).ToList();
        await using (var quartz = new NpgsqlCommand(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name LIKE 'qrtz\\_%'", connection))
        await using (var reader = await quartz.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                kept.Add(new Table("public", reader.GetString(0)));
            }
        }

        if (!kept.Any(t => t.Name == "qrtz_job_details"))
        {
            throw new InvalidOperationException("Quartz's tables are missing: did the application migrate the database?");
        }

        var respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = [.. kept],
        });

        // journal_entries refuses row deletes (append-only trigger): only TRUNCATE, which fires no row trigger, empties it.
        var sql = respawner.DeleteSql ?? "";
        if (!sql.Contains("truncate", StringComparison.OrdinalIgnoreCase) || !sql.Contains("\"journal_entries\"", StringComparison.Ordinal)
            || sql.Contains("qrtz_", StringComparison.Ordinal) || sql.Contains("\"staff_roles\"", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Unexpected reset SQL from Respawn:\n{sql}");
        }

        return respawner;
    }

    private static string Slug(string role) => role switch
    {
        StaffRoles.Operator => "operateur",
        StaffRoles.Supervisor => "superviseur",
        StaffRoles.Administrator => "administrateur",
        _ => "staff",
    };
}
