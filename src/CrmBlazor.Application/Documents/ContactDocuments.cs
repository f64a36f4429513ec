using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Documents;

/// <param name="Email">For an email, the outbox message's state (queued, sent, failed) and the server's last answer.</param>
public sealed record DocumentDeliveryView(DeliveryChannel Channel, string? Recipient, DateTimeOffset At, string By, EmailDeliveryState? Email = null);

public sealed record EmailDeliveryState(Domain.Mail.OutboxStatus Status, DateTimeOffset? SentAt, string? LastError);

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
        var deliveries = await db.DocumentDeliveries.AsNoTracking()
                .Where(d => ids.Contains(d.DocumentId))
                .OrderBy(d => d.At)
                .Select(d => new { d.DocumentId, d.Channel, d.Recipient, d.At, d.By })
                .ToListAsync(ct);
        // An email delivery is recorded when the message is queued, with the same instant, document and recipient.
        var messages = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.AttachmentDocumentId != null && ids.Contains(m.AttachmentDocumentId.Value))
            .Select(m => new { DocumentId = m.AttachmentDocumentId!.Value, m.ToAddress, m.QueuedAt, m.Status, m.SentAt, m.LastError })
            .ToListAsync(ct);
        var byKey = messages.GroupBy(m => (m.DocumentId, m.ToAddress, m.QueuedAt))
            .ToDictionary(g => g.Key, g => g.First());
        var views = deliveries.ToLookup(d => d.DocumentId, d => new DocumentDeliveryView(
            d.Channel, d.Recipient, d.At, d.By,
            d.Channel == DeliveryChannel.Email && d.Recipient is not null && byKey.TryGetValue((d.DocumentId, d.Recipient, d.At), out var m)
                ? new EmailDeliveryState(m.Status, m.SentAt, m.LastError)
                : null));
        return new PagedResult<ContactDocumentRow>(
            rows.Select(r => new ContactDocumentRow(r.Id, r.Kind, r.Title, r.FileName, r.SizeBytes, r.CreatedAt, r.CreatedBy, views[r.Id].ToList()))
                .ToList(),
            total);
    }
}
