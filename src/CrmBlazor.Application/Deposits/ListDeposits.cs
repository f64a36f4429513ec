using CrmBlazor.Application.Common;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Deposits;

public sealed record DepositRow(
    long Id, long Number, DateOnly DepositedOn, string CreatedBy, int ChequeCount, decimal ChequeTotal, int CashCount, decimal CashTotal,
    long? SlipDocumentId, IReadOnlyList<long> BatchNumbers)
{
    public decimal Total => ChequeTotal + CashTotal;
}

public sealed record ListDepositsQuery(PageRequest Page);

public sealed class ListDepositsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<DepositRow>> HandleAsync(ListDepositsQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var deposits = db.BankDeposits.AsNoTracking();
        var total = await deposits.CountAsync(ct);
        var rows = await deposits.OrderByDescending(d => d.Number)
            .Skip(query.Page.Skip).Take(query.Page.Take)
            .Select(d => new DepositRow(
                d.Id, d.Number, d.DepositedOn, d.CreatedBy, d.ChequeCount, d.ChequeTotal, d.CashCount, d.CashTotal, d.SlipDocumentId,
                db.PaymentBatches.Where(b => b.DepositId == d.Id).OrderBy(b => b.Number).Select(b => b.Number).ToList()))
            .ToListAsync(ct);
        return new PagedResult<DepositRow>(rows, total);
    }
}
