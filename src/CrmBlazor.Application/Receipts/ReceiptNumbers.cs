using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// Takes receipt numbers from the year's counter row, inside the caller's transaction. The row lock makes
/// concurrent issuers wait for each other; a rollback gives the numbers back, so a year has no gap.
/// </summary>
public static class ReceiptNumbers
{
    /// <summary>Reserves <paramref name="count"/> consecutive numbers and returns the first one.</summary>
    public static async Task<int> TakeAsync(AppDbContext db, int year, int count, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("Receipt numbers are taken inside the transaction that issues the receipts.");
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        await db.Database.ExecuteSqlInterpolatedAsync(
            $"INSERT INTO receipt_counters (year, last_sequence) VALUES ({year}, 0) ON CONFLICT (year) DO NOTHING", cancellationToken);
        var last = await db.Database
            .SqlQuery<int>($"UPDATE receipt_counters SET last_sequence = last_sequence + {count} WHERE year = {year} RETURNING last_sequence AS \"Value\"")
            .ToListAsync(cancellationToken);
        return last.Single() - count + 1;
    }
}
