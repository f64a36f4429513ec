using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Receipts;

/// <summary>Cancels a wrong receipt with its reason and, when <paramref name="Replace"/>, issues its replacement.</summary>
public sealed record CancelAndReplaceReceiptCommand(long ReceiptId, string Reason, bool Replace);

/// <summary>What happened: the cancelled number, and the replacement's when there was one.</summary>
public sealed record CancelAndReplaceOutcome(string CancelledNumber, IssuedReceipt? Replacement, string Message);

public sealed class CancelAndReplaceReceiptValidator : AbstractValidator<CancelAndReplaceReceiptCommand>
{
    public CancelAndReplaceReceiptValidator() =>
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage(Messages.Receipts_ReasonRequired)
            .MaximumLength(MoneyLimits.ReasonMaxLength).WithMessage(string.Format(Messages.Receipts_ReasonTooLong, MoneyLimits.ReasonMaxLength));
}

/// <summary>
/// An issued receipt is never edited. Cancelling keeps its number used and frees its gifts; the replacement
/// takes a new number, the donor as they are now and the same gifts that are still collected. All in one
/// transaction: a replacement that cannot be issued leaves the old receipt standing.
/// </summary>
public sealed class CancelAndReplaceReceiptHandler(
    IDbContextFactory<AppDbContext> dbFactory, ActorContext actor, TimeProvider clock, IValidator<CancelAndReplaceReceiptCommand> validator)
{
    public async Task<CommandResult<CancelAndReplaceOutcome>> HandleAsync(CancelAndReplaceReceiptCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<CancelAndReplaceOutcome>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receipt = await db.TaxReceipts.Include(r => r.Donations).FirstOrDefaultAsync(r => r.Id == command.ReceiptId, ct);
        if (receipt is null)
        {
            return CommandResult<CancelAndReplaceOutcome>.Fail(Messages.Receipts_ReceiptNotFound);
        }

        if (receipt.IsCancelled)
        {
            return CommandResult<CancelAndReplaceOutcome>.Fail(string.Format(Messages.Receipts_AlreadyCancelled, receipt.Number));
        }

        var giftIds = receipt.Donations.Select(d => d.DonationId).ToList();
        var gifts = command.Replace
            ? await db.Donations.AsNoTracking()
                .Where(d => giftIds.Contains(d.Id) && d.Status == DonationStatus.Collected)
                .OrderBy(d => d.DonatedOn).ThenBy(d => d.Id)
                .Select(d => new ReceiptGift(d.Id, d.Amount, d.DonatedOn, d.Method))
                .ToListAsync(ct)
            : [];
        ReceiptDonorSource? donor = null;
        Domain.Organisation.OrganisationProfile? issuer = null;
        if (gifts.Count > 0)
        {
            donor = await ReceiptQueries.DonorAsync(db, receipt.ContactId, ct);
            if (IssuePerGiftReceiptHandler.ReceiptDonorProblem(donor) is { } problem)
            {
                return CommandResult<CancelAndReplaceOutcome>.Fail(problem);
            }

            issuer = await ReceiptQueries.CurrentIssuerAsync(db, ct);
            if (issuer is null)
            {
                return CommandResult<CancelAndReplaceOutcome>.Fail(Messages.Receipts_NoIssuer);
            }
        }

        var now = clock.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            receipt.Cancel(command.Reason, now);
            // Saved before the replacement: the gifts' old links must be inactive before the new ones exist (one active receipt per gift).
            await db.SaveChangesAsync(ct);
            IssuedReceipt? replacement = null;
            if (gifts.Count > 0)
            {
                replacement = await IssueReplacementAsync(db, receipt, gifts, donor!, issuer!.Revision, now, ct);
            }

            await transaction.CommitAsync(ct);
            var message = replacement is null
                ? string.Format(command.Replace ? Messages.Receipts_CancelledNothingToReplace : Messages.Receipts_Cancelled, receipt.Number)
                : string.Format(Messages.Receipts_CancelledAndReplaced, receipt.Number, replacement.Number);
            return CommandResult<CancelAndReplaceOutcome>.Ok(new CancelAndReplaceOutcome(receipt.Number, replacement, message));
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<CancelAndReplaceOutcome>.Fail(string.Format(Messages.Receipts_Conflict, receipt.Number));
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<CancelAndReplaceOutcome>.Fail(string.Format(Messages.Receipts_Conflict, receipt.Number));
        }
        catch (DomainException ex)
        {
            return CommandResult<CancelAndReplaceOutcome>.Fail(ex.Message);
        }
    }

    private async Task<IssuedReceipt> IssueReplacementAsync(
        AppDbContext db, TaxReceipt cancelled, List<ReceiptGift> gifts, ReceiptDonorSource donor, int issuerRevision, DateTimeOffset now, CancellationToken ct)
    {
        var sequence = await ReceiptNumbers.TakeAsync(db, cancelled.Year, 1, ct);
        var replacement = TaxReceipt.Issue(new ReceiptIssue(
            cancelled.Year, sequence, cancelled.Kind, cancelled.ContactId, gifts, ParisTime.Today(clock), now, actor.Current.Name, issuerRevision,
            ReceiptDelivery.Desk, ReceiptDonors.Snapshot(donor), ReplacesId: cancelled.Id));
        await db.TaxReceipts.AddAsync(replacement, ct);
        cancelled.ReplacedBy(replacement);
        var document = Document.ForReceipt(cancelled.ContactId, replacement.Id, replacement.Number, now, actor.Current.Name);
        await db.Documents.AddAsync(document, ct);
        await db.SaveChangesAsync(ct);
        return new IssuedReceipt(replacement.Id, replacement.Number, document.Id);
    }
}
