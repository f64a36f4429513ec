using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Receipts;

public sealed record ContactReceiptRow(
    long Id, string Number, ReceiptKind Kind, int Year, decimal Amount, DateOnly FirstPaymentOn, DateOnly LastPaymentOn,
    DateOnly IssuedOn, ReceiptDelivery Delivery, DateTimeOffset? DeliveredAt, TaxReceiptStatus Status, string? CancelReason,
    string? ReplacesNumber, string? ReplacedByNumber, long? DocumentId);

public sealed record ContactEmailChoice(long Id, string Address);

/// <summary>Tab Reçus fiscaux: every receipt of the contact, cancelled ones included, newest first.</summary>
public sealed class ContactReceiptsTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<ContactReceiptRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipts = db.TaxReceipts.AsNoTracking().Where(r => r.ContactId == contactId);
        var total = await receipts.CountAsync(ct);
        var rows = await receipts
            .OrderByDescending(r => r.Year).ThenByDescending(r => r.Sequence)
            .Skip(page.Skip).Take(page.Take)
            .Select(r => new
            {
                r.Id, r.Year, r.Sequence, r.Kind, r.Amount, r.FirstPaymentOn, r.LastPaymentOn, r.IssuedOn, r.Delivery, r.DeliveredAt,
                r.Status, r.CancelReason,
                Replaces = db.TaxReceipts.Where(o => o.Id == r.ReplacesId).Select(o => new { o.Year, o.Sequence }).FirstOrDefault(),
                ReplacedBy = db.TaxReceipts.Where(o => o.Id == r.ReplacedById).Select(o => new { o.Year, o.Sequence }).FirstOrDefault(),
                DocumentId = db.Documents.Where(d => d.TaxReceiptId == r.Id).Select(d => (long?)d.Id).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new PagedResult<ContactReceiptRow>(
            rows.Select(r => new ContactReceiptRow(
                    r.Id, TaxReceipt.FormatNumber(r.Year, r.Sequence), r.Kind, r.Year, r.Amount, r.FirstPaymentOn, r.LastPaymentOn,
                    r.IssuedOn, r.Delivery, r.DeliveredAt, r.Status, r.CancelReason,
                    r.Replaces is null ? null : TaxReceipt.FormatNumber(r.Replaces.Year, r.Replaces.Sequence),
                    r.ReplacedBy is null ? null : TaxReceipt.FormatNumber(r.ReplacedBy.Year, r.ReplacedBy.Sequence),
                    r.DocumentId))
                .ToList(),
            total);
    }

    /// <summary>The addresses a receipt may be sent to: unusable ones cannot be chosen.</summary>
    public async Task<IReadOnlyList<ContactEmailChoice>> UsableEmailsAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ContactEmails.AsNoTracking()
            .Where(e => e.ContactId == contactId && e.Status == Domain.Contacts.EmailStatus.Valid)
            .OrderByDescending(e => e.EnteredOn).ThenByDescending(e => e.Id)
            .Select(e => new ContactEmailChoice(e.Id, e.Address))
            .ToListAsync(ct);
    }
}
