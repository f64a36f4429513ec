using CrmBlazor.Application.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Receipts;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Documents;

/// <summary>
/// Draws a receipt from its snapshot under the issuer revision it was issued with, so a reprint is the original.
/// The first copy handed out is the original and marks the receipt delivered; every later copy says « duplicata ».
/// </summary>
public sealed class ReceiptDocumentRenderer(ReceiptPdfRenderer renderer, TimeProvider clock) : IReceiptDocumentRenderer
{
    public async Task<byte[]?> RenderAsync(AppDbContext db, long receiptId, CancellationToken ct)
    {
        var receipt = await db.TaxReceipts.SingleOrDefaultAsync(r => r.Id == receiptId, ct);
        if (receipt is null)
        {
            return null;
        }

        var issuer = await db.OrganisationProfiles.AsNoTracking().SingleAsync(p => p.Revision == receipt.IssuerRevision, ct);
        var duplicate = receipt.DeliveredAt is not null;
        receipt.MarkDelivered(clock.GetUtcNow());
        return renderer.Render(ReceiptPrints.Issuer(issuer), ReceiptPrints.Print(receipt, duplicate));
    }

    public async Task<byte[]?> RenderCopyAsync(AppDbContext db, long receiptId, bool duplicate, CancellationToken ct)
    {
        var receipt = await db.TaxReceipts.AsNoTracking().SingleOrDefaultAsync(r => r.Id == receiptId, ct);
        if (receipt is null)
        {
            return null;
        }

        var issuer = await db.OrganisationProfiles.AsNoTracking().SingleAsync(p => p.Revision == receipt.IssuerRevision, ct);
        return renderer.Render(ReceiptPrints.Issuer(issuer), ReceiptPrints.Print(receipt, duplicate));
    }
}
