using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Documents;

public sealed record DocumentDeliveryView(DeliveryChannel Channel, string? Recipient, DateTimeOffset At, string By);

public sealed record ContactDocumentRow(
    long Id, DocumentKind Kind, string Title, string FileName, long? SizeBytes, DateTimeOffset CreatedAt, string CreatedBy,
    IReadOnlyList<DocumentDeliveryView> Deliveries);

/// <summary>The Documents tab (GED): everything generated for or received from the contact, with how it went out.</summary>
public sealed class ContactDocumentsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<ContactDocumentRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var documents = db.Documents.AsNoTracking().Where(d => d.ContactId == contactId);
        var total = await documents.CountAsync(ct);
        var rows = await documents
            .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(d => new { d.Id, d.Kind, d.Title, d.FileName, d.SizeBytes, d.CreatedAt, d.CreatedBy })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var deliveries = (await db.DocumentDeliveries.AsNoTracking()
                .Where(d => ids.Contains(d.DocumentId))
                .OrderBy(d => d.At)
                .Select(d => new { d.DocumentId, d.Channel, d.Recipient, d.At, d.By })
                .ToListAsync(ct))
            .ToLookup(d => d.DocumentId, d => new DocumentDeliveryView(d.Channel, d.Recipient, d.At, d.By));
        return new PagedResult<ContactDocumentRow>(
            rows.Select(r => new ContactDocumentRow(r.Id, r.Kind, r.Title, r.FileName, r.SizeBytes, r.CreatedAt, r.CreatedBy, deliveries[r.Id].ToList()))
                .ToList(),
            total);
    }
}
