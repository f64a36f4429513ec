using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// Issues one chunk of a run in one transaction: the chunk's numbers in one counter update, then the receipts,
/// their gifts, their documents, the emails and the journal by binary COPY, then the run's counters. Rows are
/// built by the domain's own factories (<see cref="TaxReceipt.Issue"/>, <see cref="Document.ForReceipt"/>…) and
/// only written set-based. A gift receipted meanwhile by someone else makes the chunk fail on the unique index
/// and roll back whole (numbers included); the caller runs it again.
/// </summary>
internal sealed class ReceiptChunkIssuer(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    private const string ReceiptColumns =
        "id, year, sequence, kind, contact_id, amount, first_payment_on, last_payment_on, payment_modes, issued_on, issued_at, issued_by, " +
        "issuer_revision, run_id, delivery, delivered_at, donor_last_name, donor_first_names, donor_address_lines, donor_street, " +
        "donor_post_code, donor_city, donor_country, status";

    private const string DocumentColumns = "id, contact_id, kind, title, file_name, content_type, tax_receipt_id, created_at, created_by";
    private const string DeliveryColumns = "id, document_id, contact_id, channel, recipient, at, by";
    private const string OutboxColumns = "id, contact_id, to_address, subject, body, attachment_document_id, status, attempts, queued_at, next_attempt_at, attachment_is_original";

    public async Task<ReceiptChunkResult> IssueAsync(ReceiptRunContext run, long[] contactIds, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var donors = await ReceiptChunkReader.DonorsAsync(connection, contactIds, ct);
        var gifts = await ReceiptChunkReader.GiftsAsync(connection, run, contactIds, ct);
        var units = new List<(ChunkDonor Donor, IReadOnlyList<ReceiptGift> Gifts, ReceiptDelivery Delivery)>();
        var withoutAddress = 0;
        foreach (var donor in donors)
        {
            if (!gifts.TryGetValue(donor.Source.ContactId, out var own) || !donor.Source.IsPerson)
            {
                continue;
            }

            if (ReceiptRunRules.DeliveryFor(donor.Preference, donor.Email, donor.Source.HasPostalAddress) is not { } delivery)
            {
                withoutAddress++;
                continue;
            }

            if (run.Kind == ReceiptKind.Annual)
            {
                units.Add((donor, own, delivery));
            }
            else
            {
                units.AddRange(own.Select(g => (donor, (IReadOnlyList<ReceiptGift>)[g], delivery)));
            }
        }

        var issued = new List<Issued>(units.Count);
        var now = clock.GetUtcNow();
        if (units.Count > 0)
        {
            var first = await ReceiptNumbers.TakeAsync(db, run.Year, units.Count, ct);
            var receiptIds = await BulkWriter.ReserveIdsAsync(connection, "tax_receipts_hilo", units.Count, ct);
            var documentIds = await BulkWriter.ReserveIdsAsync(connection, "documents_hilo", units.Count, ct);
            for (var i = 0; i < units.Count; i++)
            {
                var (donor, unitGifts, delivery) = units[i];
                var receipt = TaxReceipt.Issue(new ReceiptIssue(
                    run.Year, first + i, run.Kind, donor.Source.ContactId, unitGifts, run.IssuedOn, now, run.Actor.Name, run.Issuer.Revision,
                    delivery, ReceiptDonors.Snapshot(donor.Source), RunId: run.RunId));
                if (delivery == ReceiptDelivery.Email)
                {
                    // The original goes out through the outbox; any later copy is a duplicata.
                    receipt.MarkDelivered(now);
                }

                issued.Add(new Issued(receipt, receiptIds[i], documentIds[i], donor, delivery == ReceiptDelivery.Email ? donor.Email : null));
            }

            await WriteAsync(connection, run, issued, now, ct);
        }

        var emails = issued.Count(i => i.Email is not null);
        var cancelRequested = await ProgressAsync(connection, run.RunId, donors.Count, issued.Count, emails, ct);
        await transaction.CommitAsync(ct);
        var toPrint = issued.Where(i => i.Email is null).Select(i => new ReceiptToPrint(i.Receipt, i.Id, i.Donor.Source.ContactId, i.DocumentId)).ToList();
        return new ReceiptChunkResult(contactIds.Length, issued.Count, emails, withoutAddress, toPrint, cancelRequested);
    }

    private async Task WriteAsync(NpgsqlConnection connection, ReceiptRunContext run, List<Issued> issued, DateTimeOffset now, CancellationToken ct)
    {
        var documents = issued.ToDictionary(i => i.Id, i => Document.ForReceipt(i.Donor.Source.ContactId, i.Id, i.Receipt.Number, now, run.Actor.Name));
        var mailed = issued.Where(i => i.Email is not null).ToList();
        var deliveryIds = await BulkWriter.ReserveIdsAsync(connection, "document_deliveries_hilo", mailed.Count, ct);
        var outboxIds = await BulkWriter.ReserveIdsAsync(connection, "outbox_messages_hilo", mailed.Count, ct);
        var deliveries = mailed.Select((m, k) => (Id: deliveryIds[k], Row: DocumentDelivery.Record(m.DocumentId, m.Receipt.ContactId, DeliveryChannel.Email, m.Email, now, run.Actor.Name))).ToList();
        var messages = mailed.Select((m, k) => (Id: outboxIds[k], Row: ReceiptEmails.Message(run.Issuer, m.Receipt, m.Donor.Source.DisplayName, m.Email!, m.DocumentId, now, attachmentIsOriginal: true))).ToList();

        await BulkWriter.CopyAsync(connection, "tax_receipts", ReceiptColumns, issued, WriteReceipt, ct);
        await BulkWriter.CopyAsync(
            connection, "tax_receipt_donations", "receipt_id, donation_id, amount, is_active",
            issued.SelectMany(i => i.Receipt.Donations.Select(d => (i.Id, d))).ToList(),
            (w, row) =>
            {
                w.Write(row.Id, NpgsqlDbType.Bigint);
                w.Write(row.d.DonationId, NpgsqlDbType.Bigint);
                w.Write(row.d.Amount, NpgsqlDbType.Numeric);
                w.Write(row.d.IsActive, NpgsqlDbType.Boolean);
            },
            ct);
        await BulkWriter.CopyAsync(connection, "documents", DocumentColumns, issued, (w, i) => WriteDocument(w, i.DocumentId, documents[i.Id]), ct);
        await BulkWriter.CopyAsync(connection, "document_deliveries", DeliveryColumns, deliveries, (w, d) => WriteDelivery(w, d.Id, d.Row), ct);
        await BulkWriter.CopyAsync(connection, "outbox_messages", OutboxColumns, messages, (w, m) => WriteOutbox(w, m.Id, m.Row), ct);
        var journal = issued.Select(i => JournalFor(run, i, now)).ToList();
        await BulkWriter.CopyAsync(connection, "journal_entries", BulkWriter.JournalColumns, journal, BulkWriter.WriteJournal, ct);
    }

    private static async Task<bool> ProgressAsync(NpgsqlConnection connection, long runId, int donors, int receipts, int emails, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            UPDATE receipt_runs
            SET donors_done = donors_done + @donors, receipts_issued = receipts_issued + @receipts, emails_queued = emails_queued + @emails
            WHERE id = @id
            RETURNING cancel_requested
            """,
            connection);
        command.Parameters.AddWithValue("donors", donors);
        command.Parameters.AddWithValue("receipts", receipts);
        command.Parameters.AddWithValue("emails", emails);
        command.Parameters.AddWithValue("id", runId);
        return (bool)(await command.ExecuteScalarAsync(ct) ?? false);
    }

    /// <summary>One journal line per receipt, on the donor's journal, with the fields the interceptor would have listed.</summary>
    private static JournalEntry JournalFor(ReceiptRunContext run, Issued issued, DateTimeOffset now)
    {
        var r = issued.Receipt;
        var changes = BulkWriter.Created(
            ("Id", issued.Id), ("Year", r.Year), ("Sequence", r.Sequence), ("Kind", r.Kind), ("ContactId", r.ContactId), ("Amount", r.Amount),
            ("FirstPaymentOn", r.FirstPaymentOn), ("LastPaymentOn", r.LastPaymentOn), ("PaymentModes", r.PaymentModes), ("IssuedOn", r.IssuedOn),
            ("IssuedAt", r.IssuedAt), ("IssuedBy", r.IssuedBy), ("IssuerRevision", r.IssuerRevision), ("RunId", r.RunId), ("Delivery", r.Delivery),
            ("DeliveredAt", r.DeliveredAt), ("DonorLastName", r.DonorLastName), ("DonorFirstNames", r.DonorFirstNames),
            ("DonorAddressLines", r.DonorAddressLines), ("DonorStreet", r.DonorStreet), ("DonorPostCode", r.DonorPostCode), ("DonorCity", r.DonorCity),
            ("DonorCountry", r.DonorCountry), ("Status", r.Status),
            ("Donations", string.Join(" / ", r.Donations.Select(d => d.DonationId))));
        var entry = JournalEntry.ForChange(now, run.Actor, JournalAction.Created, "tax_receipts", issued.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), changes, r.ContactId);
        return entry;
    }

    private static void WriteReceipt(NpgsqlBinaryImporter w, Issued issued)
    {
        var r = issued.Receipt;
        w.Write(issued.Id, NpgsqlDbType.Bigint);
        w.Write(r.Year, NpgsqlDbType.Integer);
        w.Write(r.Sequence, NpgsqlDbType.Integer);
        w.Write(r.Kind.ToString(), NpgsqlDbType.Varchar);
        w.Write(r.ContactId, NpgsqlDbType.Bigint);
        w.Write(r.Amount, NpgsqlDbType.Numeric);
        w.Write(r.FirstPaymentOn, NpgsqlDbType.Date);
        w.Write(r.LastPaymentOn, NpgsqlDbType.Date);
        w.Write(r.PaymentModes.Select(m => m.ToString()).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(r.IssuedOn, NpgsqlDbType.Date);
        BulkWriter.Instant(w, r.IssuedAt);
        w.Write(r.IssuedBy, NpgsqlDbType.Varchar);
        w.Write(r.IssuerRevision, NpgsqlDbType.Integer);
        BulkWriter.Id(w, r.RunId);
        w.Write(r.Delivery.ToString(), NpgsqlDbType.Varchar);
        BulkWriter.Instant(w, r.DeliveredAt);
        w.Write(r.DonorLastName, NpgsqlDbType.Varchar);
        w.Write(r.DonorFirstNames, NpgsqlDbType.Varchar);
        w.Write(r.DonorAddressLines.ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(r.DonorStreet, NpgsqlDbType.Varchar);
        w.Write(r.DonorPostCode, NpgsqlDbType.Varchar);
        w.Write(r.DonorCity, NpgsqlDbType.Varchar);
        w.Write(r.DonorCountry, NpgsqlDbType.Varchar);
        w.Write(r.Status.ToString(), NpgsqlDbType.Varchar);
    }

    private static void WriteDocument(NpgsqlBinaryImporter w, long id, Document d)
    {
        w.Write(id, NpgsqlDbType.Bigint);
        BulkWriter.Id(w, d.ContactId);
        w.Write(d.Kind.ToString(), NpgsqlDbType.Varchar);
        w.Write(d.Title, NpgsqlDbType.Varchar);
        w.Write(d.FileName, NpgsqlDbType.Varchar);
        w.Write(d.ContentType, NpgsqlDbType.Varchar);
        BulkWriter.Id(w, d.TaxReceiptId);
        BulkWriter.Instant(w, d.CreatedAt);
        w.Write(d.CreatedBy, NpgsqlDbType.Varchar);
    }

    internal static void WriteDelivery(NpgsqlBinaryImporter w, long id, DocumentDelivery d)
    {
        w.Write(id, NpgsqlDbType.Bigint);
        w.Write(d.DocumentId, NpgsqlDbType.Bigint);
        w.Write(d.ContactId, NpgsqlDbType.Bigint);
        w.Write(d.Channel.ToString(), NpgsqlDbType.Varchar);
        BulkWriter.Text(w, d.Recipient);
        BulkWriter.Instant(w, d.At);
        w.Write(d.By, NpgsqlDbType.Varchar);
    }

    internal const string DeliveryCopyColumns = DeliveryColumns;

    private static void WriteOutbox(NpgsqlBinaryImporter w, long id, OutboxMessage m)
    {
        w.Write(id, NpgsqlDbType.Bigint);
        BulkWriter.Id(w, m.ContactId);
        w.Write(m.ToAddress, NpgsqlDbType.Varchar);
        w.Write(m.Subject, NpgsqlDbType.Varchar);
        w.Write(m.Body, NpgsqlDbType.Text);
        BulkWriter.Id(w, m.AttachmentDocumentId);
        w.Write(m.Status.ToString(), NpgsqlDbType.Varchar);
        w.Write(m.Attempts, NpgsqlDbType.Integer);
        BulkWriter.Instant(w, m.QueuedAt);
        BulkWriter.Instant(w, m.NextAttemptAt);
        w.Write(m.AttachmentIsOriginal, NpgsqlDbType.Boolean);
    }

    private sealed record Issued(TaxReceipt Receipt, long Id, long DocumentId, ChunkDonor Donor, string? Email);
}
