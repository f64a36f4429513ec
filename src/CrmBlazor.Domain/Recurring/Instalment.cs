using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;

namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// One due date of a recurring gift and the donation it produced (same id). The database holds one instalment per
/// gift and due date, so no run — repeated, concurrent or resumed after a crash — can create a second donation.
/// </summary>
public sealed class Instalment : IContactOwned
{
    private Instalment()
    {
    }

    /// <summary>The donation's id: an instalment is the collection record of exactly one donation.</summary>
    public long DonationId { get; private set; }

    public long RecurringGiftId { get; private set; }

    public long ContactId { get; private set; }

    public DateOnly DueOn { get; private set; }

    /// <summary>The day the money is asked for: the due date, or for SEPA the requested collection date.</summary>
    public DateOnly CollectOn { get; private set; }

    public decimal Amount { get; private set; }

    public RecurringChannel Channel { get; private set; }

    public InstalmentStatus Status { get; private set; }

    public SepaSequence? Sequence { get; private set; }

    /// <summary>SEPA end-to-end id (≤ 35), echoed back by the bank in returns.</summary>
    public string? EndToEndId { get; private set; }

    /// <summary>The pain.008 file's document.</summary>
    public long? SepaFileId { get; private set; }

    public long? SchedulingRunId { get; private set; }

    public string? ProviderTransactionId { get; private set; }

    public DateOnly? CollectedOn { get; private set; }

    public string? FailureCode { get; private set; }

    public string? FailureReason { get; private set; }

    public DateOnly? FailedOn { get; private set; }

    public UnpaidResolution? Resolution { get; private set; }

    public DateOnly? ResolvedOn { get; private set; }

    /// <summary>Calls to the donor about this unpaid instalment, newest last.</summary>
    public string? FollowUpNote { get; private set; }

    public DateOnly? ReconciledOn { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => Channel == RecurringChannel.DirectDebit ? ContactParts.DirectDebits : ContactParts.RecurringGifts;

    public bool AwaitsDecision => Status == InstalmentStatus.Unpaid && Resolution is null;

    /// <summary>An instalment already collected when the gift was made (the online form took the first payment).</summary>
    public static Instalment FirstCollected(RecurringGift gift, Donation donation, string? providerTransactionId) =>
        new()
        {
            DonationId = donation.Id,
            RecurringGiftId = gift.Id,
            ContactId = gift.ContactId,
            DueOn = gift.StartsOn,
            CollectOn = donation.DonatedOn,
            Amount = donation.Amount,
            Channel = gift.Channel,
            Status = InstalmentStatus.Collected,
            CollectedOn = donation.DonatedOn,
            ProviderTransactionId = providerTransactionId,
        };

    /// <summary>An instalment the scheduling run created: pending until the provider's file (or the end of the SEPA return window).</summary>
    public static Instalment Scheduled(
        RecurringGift gift, Donation donation, DateOnly dueOn, DateOnly collectOn, long? runId, SepaSequence? sequence) =>
        new()
        {
            DonationId = donation.Id,
            RecurringGiftId = gift.Id,
            ContactId = gift.ContactId,
            DueOn = dueOn,
            CollectOn = collectOn,
            Amount = donation.Amount,
            Channel = gift.Channel,
            Status = InstalmentStatus.Pending,
            SchedulingRunId = runId,
            Sequence = sequence,
            EndToEndId = sequence is null ? null : SepaEndToEnd.For(donation.Id),
        };

    public void Collect(DateOnly on, string? providerTransactionId)
    {
        if (Status == InstalmentStatus.Collected)
        {
            return;
        }

        if (Status != InstalmentStatus.Pending)
        {
            throw new DomainException("Seule une échéance en attente peut être encaissée.");
        }

        Status = InstalmentStatus.Collected;
        CollectedOn = on;
        ProviderTransactionId ??= providerTransactionId;
    }

    /// <summary>
    /// The provider collected an instalment it had refused before (PayPal retries a failed payment, a PayZen payment
    /// presented again): the money is there, so the instalment is collected and leaves the unpaid queue, whatever was
    /// decided about it. The failure stays on the row as the instalment's history; the journal keeps the decision.
    /// </summary>
    public void CollectAfterRetry(DateOnly on, string? providerTransactionId)
    {
        if (Status != InstalmentStatus.Unpaid)
        {
            throw new DomainException("Seule une échéance impayée peut être encaissée après un nouvel essai.");
        }

        Status = InstalmentStatus.Collected;
        CollectedOn = on;
        Resolution = null;
        ResolvedOn = null;
        ProviderTransactionId = providerTransactionId ?? ProviderTransactionId;
    }

    /// <summary>Refused by the provider or returned by the bank (even after collection: a SEPA refund).</summary>
    public void MarkUnpaid(string? code, string reason, DateOnly on, string? providerTransactionId)
    {
        if (Status is not (InstalmentStatus.Pending or InstalmentStatus.Collected))
        {
            throw new DomainException("Seule une échéance en attente ou encaissée peut devenir impayée.");
        }

        Status = InstalmentStatus.Unpaid;
        FailureCode = string.IsNullOrWhiteSpace(code) ? null : code.Trim().ToUpperInvariant();
        FailureReason = Payments.Reasons.Require(reason);
        FailedOn = on;
        ProviderTransactionId ??= providerTransactionId;
    }

    public void Resolve(UnpaidResolution resolution, DateOnly on)
    {
        if (!AwaitsDecision)
        {
            throw new DomainException("Cet impayé est déjà traité.");
        }

        Resolution = resolution;
        ResolvedOn = on;
    }

    public void NoteCall(string note, DateTimeOffset at, string by)
    {
        var text = note.Trim();
        if (text.Length == 0)
        {
            throw new DomainException("Saisissez ce qui a été dit.");
        }

        var line = $"{ParisTime.ToParis(at):dd/MM/yyyy HH:mm} {by} : {text}";
        var notes = FollowUpNote is null ? line : FollowUpNote + "\n" + line;
        if (notes.Length > RecurringLimits.NoteMaxLength)
        {
            throw new DomainException($"Les notes d'appel dépassent {RecurringLimits.NoteMaxLength} caractères.");
        }

        FollowUpNote = notes;
    }

    public void Cancel()
    {
        if (Status == InstalmentStatus.Pending)
        {
            Status = InstalmentStatus.Cancelled;
        }
    }

    public void Reconcile(DateOnly on) => ReconciledOn ??= on;
}
