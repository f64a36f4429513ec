using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Batches;

/// <summary>
/// A batch with what was announced and what was entered so far (cancelled payments left out).
/// <paramref name="DepositNumber"/> is the bank deposit it went into, once deposited.
/// </summary>
public sealed record BatchRow(
    long Id, long Number, string Label, DateOnly OpenedOn, string OpenedBy, int ExpectedCount, decimal ExpectedTotal,
    int EnteredCount, decimal EnteredTotal, PaymentBatchStatus Status, DateTimeOffset? ValidatedAt, string? ValidatedBy,
    long? DepositId, long? DepositNumber, uint Version)
{
    /// <summary>Payments still to enter (negative: too many entered).</summary>
    public int MissingCount => ExpectedCount - EnteredCount;

    /// <summary>Amount still to enter (negative: too much entered).</summary>
    public decimal MissingTotal => ExpectedTotal - EnteredTotal;

    public bool Matches => MissingCount == 0 && MissingTotal == 0;

    public bool IsDeposited => DepositId is not null;
}

public enum BatchFilter
{
    All,
    Open,
    ToDeposit,
    Deposited,
}

public sealed record ListBatchesQuery(BatchFilter Filter, PageRequest Page);

/// <summary>An open batch as offered to whoever enters a cheque or cash.</summary>
public sealed record OpenBatchChoice(long Id, long Number, string Label, int ExpectedCount, int EnteredCount);

public sealed class ListBatchesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<BatchRow>> HandleAsync(ListBatchesQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batches = db.PaymentBatches.AsNoTracking();
        batches = query.Filter switch
        {
            BatchFilter.Open => batches.Where(b => b.Status == PaymentBatchStatus.Open),
            BatchFilter.ToDeposit => batches.Where(b => b.Status == PaymentBatchStatus.Validated && b.DepositId == null),
            BatchFilter.Deposited => batches.Where(b => b.DepositId != null),
            _ => batches,
        };

        var total = await batches.CountAsync(ct);
        var rows = await batches
            .OrderBy(b => b.Status == PaymentBatchStatus.Open ? 0 : b.DepositId == null ? 1 : 2).ThenByDescending(b => b.Number)
            .Skip(query.Page.Skip).Take(query.Page.Take)
            .ToRows(db)
            .ToListAsync(ct);
        return new PagedResult<BatchRow>(rows, total);
    }
}

public sealed class OpenBatchChoicesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Open batches, newest first: cheques and cash are entered into one of them.</summary>
    public async Task<IReadOnlyList<OpenBatchChoice>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.PaymentBatches.AsNoTracking()
            .Where(b => b.Status == PaymentBatchStatus.Open)
            .OrderByDescending(b => b.Number)
            .Select(b => new OpenBatchChoice(b.Id, b.Number, b.Label, b.ExpectedCount,
                db.Payments.Count(p => p.BatchId == b.Id && p.Status != PaymentStatus.Cancelled)))
            .ToListAsync(ct);
    }
}

internal static class BatchRows
{
    public static IQueryable<BatchRow> ToRows(this IQueryable<PaymentBatch> batches, AppDbContext db) =>
        batches.Select(b => new BatchRow(
            b.Id, b.Number, b.Label, b.OpenedOn, b.OpenedBy, b.ExpectedCount, b.ExpectedTotal,
            db.Payments.Count(p => p.BatchId == b.Id && p.Status != PaymentStatus.Cancelled),
            db.Payments.Where(p => p.BatchId == b.Id && p.Status != PaymentStatus.Cancelled).Sum(p => p.Amount),
            b.Status, b.ValidatedAt, b.ValidatedBy, b.DepositId,
            db.BankDeposits.Where(d => d.Id == b.DepositId).Select(d => (long?)d.Number).FirstOrDefault(),
            b.Version));
}
