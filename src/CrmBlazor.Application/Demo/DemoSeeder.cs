using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmBlazor.Application.Demo;

/// <summary>
/// Loads the demo accounts into a database without staff, and <see cref="DemoOptions.Contacts"/> demo contacts into
/// a base without contacts, once each; what is already there is left alone.
/// </summary>
public static partial class DemoSeeder
{
    public static async Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder));
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System("données de démonstration");
        if (options.SeedAccounts)
        {
            await SeedAccountsAsync(scope.ServiceProvider, options, logger, ct);
        }

        if (options.Contacts > 0)
        {
            // The loader checks for an empty base under its lock, in case another node seeds at the same time, and logs the load.
            await scope.ServiceProvider.GetRequiredService<DemoBaseLoader>().LoadAsync(
                new DemoLoadRequest(options.Contacts, OnlyIntoEmptyBase: true), progress: null, ct);
            await using var connection = await scope.ServiceProvider.GetRequiredService<Npgsql.NpgsqlDataSource>().OpenConnectionAsync(ct);
            await DemoMoney.SeedAsync(connection, Domain.Common.ParisTime.Today(scope.ServiceProvider.GetRequiredService<TimeProvider>()), ct);
        }
    }

    private static async Task SeedAccountsAsync(IServiceProvider services, DemoOptions options, ILogger logger, CancellationToken ct)
    {
        await using (var db = await services.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct))
        {
            if (await db.Users.AnyAsync(ct))
            {
                return;
            }
        }

        var create = services.GetRequiredService<CreateStaffAccountHandler>();
        foreach (var account in options.Accounts)
        {
            var result = await create.HandleAsync(
                new CreateStaffAccountCommand(account.Email, account.DisplayName, account.Role), ct, options.AccountPassword);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"Demo account {account.Email}: {string.Join(" ", result.Errors)}");
            }

            LogSeeded(logger, account.Email, account.Role);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo account {Email} ({Role}) created")]
    private static partial void LogSeeded(ILogger logger, string email, string role);
}
