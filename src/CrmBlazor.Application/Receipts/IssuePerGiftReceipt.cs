using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Receipts;

/// <summary>Issues the per-gift receipt (RF unitaire) of one collected gift, from the Dons tab.</summary>
public sealed record IssuePerGiftReceiptCommand(long DonationId);

/// <summary>The receipt just issued and its entry in the contact's documents.</summary>
public sealed record IssuedReceipt(long ReceiptId, string Number, long DocumentId);

/// <summary>
/// One transaction: the number is taken from the year's counter (so a failure gives it back), then the receipt,
/// its gift and its document are saved and journaled. The receipt is handed over at the desk (download, print).
/// </summary>
public sealed class IssuePerGiftReceiptHandler(IDbContextFactory<AppDbContext> dbFactory, ActorContext actor, TimeProvider clock)
{
    public async Task<CommandResult<IssuedReceipt>> HandleAsync(IssuePerGiftReceiptCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var gift = await db.Donations.AsNoTracking()
            .Where(d => d.Id == command.DonationId)
            .Select(d => new { d.Id, d.ContactId, d.Amount, d.DonatedOn, d.Method, d.Origin, d.Status })
            .FirstOrDefaultAsync(ct);
        if (gift is null)
        {
            return CommandResult<IssuedReceipt>.Fail(Messages.Receipts_DonationNotFound);
        }

        if (gift.Status != DonationStatus.Collected)
        {
            return CommandResult<IssuedReceipt>.Fail(Messages.Receipts_DonationNotCollected);
        }

        if (gift.Origin == DonationOrigin.Recurring)
        {
            return CommandResult<IssuedReceipt>.Fail(Messages.Receipts_RecurringGiftIsAnnual);
        }

        if (await ActiveReceiptOfAsync(db, gift.Id, ct) is { } existing)
        {
            return CommandResult<IssuedReceipt>.Fail(string.Format(Messages.Receipts_DonationAlreadyReceipted, existing));
        }

        var donor = await ReceiptQueries.DonorAsync(db, gift.ContactId, ct);
        if (ReceiptDonorProblem(donor) is { } problem)
        {
            return CommandResult<IssuedReceipt>.Fail(problem);
        }

        var issuer = await ReceiptQueries.CurrentIssuerAsync(db, ct);
        if (issuer is null)
        {
            return CommandResult<IssuedReceipt>.Fail(Messages.Receipts_NoIssuer);
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var sequence = await ReceiptNumbers.TakeAsync(db, gift.DonatedOn.Year, 1, ct);
        var receipt = TaxReceipt.Issue(new ReceiptIssue(
            gift.DonatedOn.Year, sequence, ReceiptKind.PerGift, gift.ContactId, [new ReceiptGift(gift.Id, gift.Amount, gift.DonatedOn, gift.Method)],
            ParisTime.Today(clock), now, actor.Current.Name, issuer.Revision, ReceiptDelivery.Desk, ReceiptDonors.Snapshot(donor!)));
        await db.TaxReceipts.AddAsync(receipt, ct);
        var document = Document.ForReceipt(gift.ContactId, receipt.Id, receipt.Number, now, actor.Current.Name);
        await db.Documents.AddAsync(document, ct);
        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another issuer put the gift on a receipt since the check; the rollback gives the number back.
            await transaction.RollbackAsync(CancellationToken.None);
            return CommandResult<IssuedReceipt>.Fail(string.Format(
                Messages.Receipts_DonationAlreadyReceipted, await ActiveReceiptOfAsync(db, gift.Id, CancellationToken.None) ?? "?"));
        }

        return CommandResult<IssuedReceipt>.Ok(new IssuedReceipt(receipt.Id, receipt.Number, document.Id));
    }

    /// <summary>Why this contact cannot get a Cerfa 11580*05 receipt on demand, or null.</summary>
    internal static string? ReceiptDonorProblem(ReceiptDonorSource? donor) => donor switch
    {
        null => Messages.Contact_NotFound,
        { IsPerson: false } => string.Format(Messages.Receipts_OrganisationRefused, donor.DisplayName),
        { HasPostalAddress: false } => string.Format(Messages.Receipts_NoPostalAddress, donor.DisplayName),
        _ => null,
    };

    private static async Task<string?> ActiveReceiptOfAsync(AppDbContext db, long donationId, CancellationToken ct)
    {
        var receipt = await db.TaxReceiptDonations.AsNoTracking()
            .Where(l => l.DonationId == donationId && l.IsActive)
            .Join(db.TaxReceipts, l => l.ReceiptId, r => r.Id, (l, r) => new { r.Year, r.Sequence })
            .FirstOrDefaultAsync(ct);
        return receipt is null ? null : TaxReceipt.FormatNumber(receipt.Year, receipt.Sequence);
    }
}
