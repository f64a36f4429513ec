using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Documents;

public sealed record DocumentFile(string FileName, string ContentType, byte[] Content);

/// <summary>Draws a receipt's PDF again from its snapshot (receipt PDFs are not stored as bytes).</summary>
public interface IReceiptDocumentRenderer
{
    /// <summary>Renders the receipt; the first copy handed out is the original, any later one says « duplicata ».</summary>
    Task<byte[]?> RenderAsync(AppDbContext db, long receiptId, CancellationToken ct);

    /// <summary>Renders the receipt as the original or as a « duplicata », as the caller already decided; records nothing.</summary>
    Task<byte[]?> RenderCopyAsync(AppDbContext db, long receiptId, bool duplicate, CancellationToken ct);
}

/// <summary>Hands a document over to staff and records it: a download is a delivery, journaled like any other.</summary>
public sealed class DownloadDocumentHandler(
    IDbContextFactory<AppDbContext> dbFactory, IDocumentStore store, IReceiptDocumentRenderer receipts, ActorContext actor,
    TimeProvider clock)
{
    public async Task<DocumentFile?> HandleAsync(long documentId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct);
        if (document is null)
        {
            return null;
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var content = document switch
        {
            { TaxReceiptId: { } receiptId } => await receipts.RenderAsync(db, receiptId, ct),
            { StorageKey: { } key } => await store.GetAsync(key, ct),
            _ => null,
        };
        if (content is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (document.ContactId is { } contactId)
        {
            db.DocumentDeliveries.Add(DocumentDelivery.Record(document.Id, contactId, DeliveryChannel.Download, null, now, actor.Current.Name));
        }
        else
        {
            db.JournalEntries.Add(JournalEntry.ForEvent(now, actor.Current, JournalAction.Downloaded, "documents", document.Id.ToString(), document.Title));
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new DocumentFile(document.FileName, document.ContentType, content);
    }
}
