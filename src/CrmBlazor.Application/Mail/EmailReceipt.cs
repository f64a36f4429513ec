using CrmBlazor.Application.Common;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
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
        var receipt = await db.TaxReceipts.SingleOrDefaultAsync(r => r.Id == command.ReceiptId, ct);
        var documentId = await db.Documents.Where(d => d.TaxReceiptId == command.ReceiptId).Select(d => (long?)d.Id).SingleOrDefaultAsync(ct);
        if (receipt is null || documentId is null)
        {
            return CommandResult.Fail(Messages.Receipt_NotFound);
        }

        var email = await db.ContactEmails.AsNoTracking()
            .SingleOrDefaultAsync(e => e.Id == command.EmailId && e.ContactId == receipt.ContactId, ct);
        if (email is null || email.Status != EmailStatus.Valid)
        {
            return CommandResult.Fail(Messages.Receipt_EmailUnusable);
        }

        // The same message as the annual run sends, signed by the issuer revision the receipt was issued under.
        var issuer = await db.OrganisationProfiles.AsNoTracking().SingleAsync(p => p.Revision == receipt.IssuerRevision, ct);
        var now = clock.GetUtcNow();
        var donorName = $"{receipt.DonorFirstNames} {receipt.DonorLastName}".Trim();
        // A receipt nobody has had yet goes as the original; any later copy is a « duplicata ».
        var original = receipt.DeliveredAt is null;
        receipt.MarkDelivered(now);
        db.OutboxMessages.Add(ReceiptEmails.Message(issuer, receipt, donorName, email.Address, documentId.Value, now, original));
        db.DocumentDeliveries.Add(DocumentDelivery.Record(documentId.Value, receipt.ContactId, DeliveryChannel.Email, email.Address, now, actor.Current.Name));
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }
}
