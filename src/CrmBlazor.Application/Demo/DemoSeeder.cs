using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmBlazor.Application.Demo;

/// <summary>Loads the demo accounts into an empty database, once; a database with staff is left alone.</summary>
public static partial class DemoSeeder
{
    public static async Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<DemoOptions>>().Value;
        if (!options.SeedAccounts)
        {
            return;
        }

        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoSeeder));
        await using (var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct))
        {
            if (await db.Users.AnyAsync(ct))
            {
                return;
            }
        }

        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System("données de démonstration");
        var create = scope.ServiceProvider.GetRequiredService<CreateStaffAccountHandler>();
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
