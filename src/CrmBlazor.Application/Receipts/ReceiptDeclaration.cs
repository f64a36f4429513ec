using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// One fiscal year of the CGI art. 222 bis declaration: how many receipts were issued for the year's gifts and their
/// total, cancelled ones left out (a cancelled receipt's gifts are on its replacement); the cancelled count is for checking.
/// </summary>
public sealed record ReceiptDeclarationYear(int Year, int Issued, decimal Total, int Cancelled);

/// <summary>Every fiscal year that has receipts, newest first: what the association declares on form 2065-SD (cadre L) or online.</summary>
public sealed class ReceiptDeclarationHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<ReceiptDeclarationYear>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.TaxReceipts.AsNoTracking()
            .GroupBy(r => r.Year)
            .OrderByDescending(g => g.Key)
            .Select(g => new ReceiptDeclarationYear(
                g.Key,
                g.Count(r => r.Status == TaxReceiptStatus.Issued),
                g.Where(r => r.Status == TaxReceiptStatus.Issued).Sum(r => (decimal?)r.Amount) ?? 0m,
                g.Count(r => r.Status == TaxReceiptStatus.Cancelled)))
            .ToListAsync(ct);
    }
}
