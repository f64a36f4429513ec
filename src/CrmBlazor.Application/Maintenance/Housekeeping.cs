using CrmBlazor.Application.Resources;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Maintenance;

public sealed record HousekeepingResult(int KeysDeleted, int RunsDeleted)
{
    public string Summary => string.Format(Messages.Jobs_HousekeepingSummary, KeysDeleted, RunsDeleted);
}

/// <summary>
/// Nightly clean-up of operational data: data-protection keys long past their expiry (no cookie they
/// signed is still valid) and old job-run history. Never touches domain data or the journal.
/// Idempotent: a second run finds nothing more to delete.
/// </summary>
public sealed class Housekeeping(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public static readonly TimeSpan ExpiredKeyRetention = TimeSpan.FromDays(30);
    public static readonly TimeSpan JobRunRetention = TimeSpan.FromDays(180);

    public async Task<HousekeepingResult> RunAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(ct);

        var keyCutoff = now - ExpiredKeyRetention;
        var keys = await db.Database.ExecuteSqlAsync(
            $"""
            DELETE FROM data_protection_keys
            WHERE (xpath('/key/expirationDate/text()', xml::xml))[1]::text::timestamptz < {keyCutoff}
            """,
            ct);

        var runCutoff = now - JobRunRetention;
        var runs = await db.JobRuns
            .Where(r => r.StartedAt < runCutoff && r.FinishedAt != null)
            .ExecuteDeleteAsync(ct);
        return new HousekeepingResult(keys, runs);
    }
}
