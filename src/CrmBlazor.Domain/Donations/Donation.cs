using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Donations;

public enum DonationStatus
{
    /// <summary>The money is really there: the only status that counts anywhere.</summary>
    Collected,

    /// <summary>Entered but not confirmed yet (a batch waiting for validation, an instalment waiting for the provider).</summary>
    Pending,

    /// <summary>The provider refused it or the bank returned it.</summary>
    Unpaid,

    Cancelled,
    Refunded,
}

public enum DonationOrigin
{
    Entry,
    Recurring,
    Online,
}

/// <summary>A gift (don), attributed to a campaign. Never deleted: cancelled or refunded with a reason.</summary>
public sealed class Donation : IContactOwned
{
    private Donation()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public long? PaymentId { get; private set; }

    public long CampaignId { get; private set; }

    public decimal Amount { get; private set; }

    /// <summary>The day the money was received: the date printed on the tax receipt.</summary>
    public DateOnly DonatedOn { get; private set; }

    public PaymentMethod Method { get; private set; }

    public DonationOrigin Origin { get; private set; }

    public DonationStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateOnly? StatusChangedOn { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Donations;

    public bool Counts => Status == DonationStatus.Collected;

    public static Donation FromPayment(Payment payment, decimal amount, bool awaitsConfirmation)
    {
        if (!MoneyLimits.IsValidAmount(amount))
        {
            throw new DomainException("Le montant du don doit être positif.");
        }

        return new Donation
        {
            ContactId = payment.ContactId,
            PaymentId = payment.Id,
            CampaignId = payment.CampaignId,
            Amount = amount,
            DonatedOn = payment.ReceivedOn,
            Method = payment.Method,
            Origin = DonationOrigin.Entry,
            Status = awaitsConfirmation ? DonationStatus.Pending : DonationStatus.Collected,
        };
    }

    /// <summary>
    /// The donation of one instalment of a recurring gift: pending until the provider confirms it, or collected
    /// at once when the online form already took the money.
    /// </summary>
    public static Donation ForInstalment(Recurring.RecurringGift gift, DateOnly on, bool collected) =>
        new()
        {
            ContactId = gift.ContactId,
            CampaignId = gift.CampaignId,
            Amount = gift.Amount,
            DonatedOn = on,
            Method = gift.Method,
            Origin = DonationOrigin.Recurring,
            Status = collected ? DonationStatus.Collected : DonationStatus.Pending,
            StatusChangedOn = collected ? on : null,
        };

    public void Collect(DateOnly on)
    {
        if (Status != DonationStatus.Pending)
        {
            throw new DomainException("Seul un don en attente peut être encaissé.");
        }

        Status = DonationStatus.Collected;
        StatusChangedOn = on;
    }

    /// <summary>The provider collected, on a later try, the payment it had refused: the gift counts again.</summary>
    public void CollectAfterUnpaid(DateOnly on)
    {
        if (Status != DonationStatus.Unpaid)
        {
            throw new DomainException("Seul un don impayé peut être encaissé après un nouvel essai.");
        }

        Status = DonationStatus.Collected;
        StatusReason = null;
        StatusChangedOn = on;
    }

    public void MarkUnpaid(string reason, DateOnly on)
    {
        if (Status is not (DonationStatus.Pending or DonationStatus.Collected))
        {
            throw new DomainException("Seul un don en attente ou encaissé peut devenir impayé.");
        }

        ChangeStatus(DonationStatus.Unpaid, reason, on);
    }

    public void Cancel(string reason, DateOnly on)
    {
        if (Status is DonationStatus.Cancelled or DonationStatus.Refunded)
        {
            throw new DomainException("Ce don est déjà annulé ou remboursé.");
        }

        ChangeStatus(DonationStatus.Cancelled, reason, on);
    }

    public void Refund(string reason, DateOnly on)
    {
        if (Status != DonationStatus.Collected)
        {
            throw new DomainException("Seul un don encaissé peut être remboursé.");
        }

        ChangeStatus(DonationStatus.Refunded, reason, on);
    }

    private void ChangeStatus(DonationStatus status, string reason, DateOnly on)
    {
        StatusReason = Reasons.Require(reason);
        Status = status;
        StatusChangedOn = on;
    }
}
