using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CrmBlazor.Infrastructure.Data;

public static partial class DatabaseMigrator
{
    /// <summary>
    /// Applies pending migrations before anything else starts. A failure is logged and rethrown:
    /// the app must not serve pages, nor the scheduler fire jobs, on a schema it does not expect.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DatabaseMigrator));
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(ct);
        await using (db)
        {
            try
            {
                // Created first: on an empty database EF would otherwise log a failed query for the missing table.
                await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
                var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
                if (pending.Count > 0)
                {
                    LogApplying(logger, pending.Count, string.Join(", ", pending));
                    await db.Database.MigrateAsync(ct);
                }
            }
            catch (Exception ex)
            {
                LogFailed(logger, ex);
                throw;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applying {Count} migration(s): {Migrations}")]
    private static partial void LogApplying(ILogger logger, int count, string migrations);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Database migration failed; the application will not start")]
    private static partial void LogFailed(ILogger logger, Exception ex);
}
