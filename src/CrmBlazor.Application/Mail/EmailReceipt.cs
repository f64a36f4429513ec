using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Mail;

/// <summary>Sends a receipt (again) to one of the contact's usable addresses, through the outbox.</summary>
public sealed record EmailReceipt(long ReceiptId, long EmailId);

public sealed class EmailReceiptHandler(IDbContextFactory<AppDbContext> dbFactory, ActorContext actor, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(EmailReceipt command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipt = await db.TaxReceipts.AsNoTracking()
            .Where(r => r.Id == command.ReceiptId)
            .Select(r => new { r.Id, r.ContactId, r.Year, r.Sequence, r.Status, r.DonorFirstNames, r.DonorLastName })
            .SingleOrDefaultAsync(ct);
        if (receipt is null)
        {
            return CommandResult.Fail(Messages.Receipt_NotFound);
        }

        var email = await db.ContactEmails.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == command.EmailId && e.ContactId == receipt.ContactId, ct);
        if (email is null || email.Status != EmailStatus.Valid)
        {
            return CommandResult.Fail(Messages.Receipt_EmailUnusable);
        }

        var documentId = await db.Documents.Where(d => d.TaxReceiptId == receipt.Id).Select(d => (long?)d.Id).SingleOrDefaultAsync(ct);
        if (documentId is null)
        {
            return CommandResult.Fail(Messages.Receipt_NotFound);
        }

        var number = Domain.Receipts.TaxReceipt.FormatNumber(receipt.Year, receipt.Sequence);
        var now = clock.GetUtcNow();
        db.OutboxMessages.Add(OutboxMessage.Queue(
            receipt.ContactId, email.Address, string.Format(Messages.Receipt_EmailSubject, number),
            string.Format(Messages.Receipt_EmailBody, $"{receipt.DonorFirstNames} {receipt.DonorLastName}".Trim(), receipt.Year),
            documentId, now));
        db.DocumentDeliveries.Add(DocumentDelivery.Record(documentId.Value, receipt.ContactId, DeliveryChannel.Email, email.Address, now, actor.Current.Name));
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }
}
