using CrmBlazor.Application.Common;
using System.Globalization;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Receipts;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// Turns a run's posted receipts into one print file (a PDF, one page per receipt in the given order, the address in
/// the envelope window) kept as a document without contact, then records each receipt as gone by post. The file and
/// the deliveries commit together: a receipt is marked delivered only once its page is stored.
/// </summary>
internal sealed class ReceiptPrinter(IDbContextFactory<AppDbContext> dbFactory, IDocumentStore store, TimeProvider clock)
{
    private static readonly ReceiptPdfRenderer Renderer = new();

    /// <summary>The print files of run 12 are <c>recus-fiscaux-2025-traitement-12-001.pdf</c>, <c>…-002.pdf</c>…</summary>
    public static string FileNamePrefix(int year, long runId) => string.Create(CultureInfo.InvariantCulture, $"recus-fiscaux-{year}-traitement-{runId}-");

    public async Task<long> PrintAsync(ReceiptRunContext run, IReadOnlyList<ReceiptToPrint> receipts, int batchNumber, CancellationToken ct)
    {
        using var pdf = new MemoryStream();
        Renderer.RenderMany(ReceiptPrints.Issuer(run.Issuer), receipts.Select(r => ReceiptPrints.Print(r.Receipt, duplicate: false)), pdf);

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow();
        var key = await store.PutAsync(db, pdf.GetBuffer().AsMemory(0, (int)pdf.Length), ct);
        var title = string.Format(
            CultureInfo.GetCultureInfo("fr-FR"), Messages.Receipts_PrintTitle, run.Year, batchNumber, receipts[0].Receipt.Number, receipts[^1].Receipt.Number);
        var document = Document.Stored(
            null, DocumentKind.ReceiptPrintBatch, title, string.Create(CultureInfo.InvariantCulture, $"{FileNamePrefix(run.Year, run.RunId)}{batchNumber:000}.pdf"),
            "application/pdf", pdf.Length, key, now, run.Actor.Name);
        await db.Documents.AddAsync(document, ct);
        await db.SaveChangesAsync(ct);

        var ids = await BulkWriter.ReserveIdsAsync(connection, "document_deliveries_hilo", receipts.Count, ct);
        var deliveries = receipts.Select((r, i) => (Id: ids[i], Row: DocumentDelivery.Record(r.DocumentId, r.ContactId, DeliveryChannel.Post, null, now, run.Actor.Name))).ToList();
        await BulkWriter.CopyAsync(connection, "document_deliveries", ReceiptChunkIssuer.DeliveryCopyColumns, deliveries, (w, d) => ReceiptChunkIssuer.WriteDelivery(w, d.Id, d.Row), ct);
        var journal = deliveries.Select((d, i) => JournalEntry.ForChange(
                now, run.Actor, JournalAction.Created, "document_deliveries", d.Id.ToString(CultureInfo.InvariantCulture),
                BulkWriter.Created(("Id", d.Id), ("DocumentId", d.Row.DocumentId), ("ContactId", d.Row.ContactId), ("Channel", d.Row.Channel), ("At", d.Row.At),
                    ("By", d.Row.By), ("PrintDocumentId", document.Id), ("Receipt", receipts[i].Receipt.Number)),
                d.Row.ContactId))
            .ToList();
        await BulkWriter.CopyAsync(connection, "journal_entries", BulkWriter.JournalColumns, journal, BulkWriter.WriteJournal, ct);

        await using (var delivered = new NpgsqlCommand(
            """
            UPDATE tax_receipts SET delivered_at = @now WHERE id = ANY(@ids) AND delivered_at IS NULL;
            UPDATE receipt_runs SET printed = printed + @count WHERE id = @run;
            """,
            connection))
        {
            delivered.Parameters.AddWithValue("now", now);
            delivered.Parameters.AddWithValue("ids", receipts.Select(r => r.ReceiptId).ToArray());
            delivered.Parameters.AddWithValue("count", receipts.Count);
            delivered.Parameters.AddWithValue("run", run.RunId);
            await delivered.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        return document.Id;
    }
}
