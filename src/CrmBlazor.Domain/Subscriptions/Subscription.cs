using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Subscriptions;

public enum SubscriptionStatus
{
    Active,
    Cancelled,
}

/// <summary>A subscription to the association's publication (abonnement), paid by a payment line.</summary>
public sealed class Subscription : IContactOwned
{
    public const int MaxIssues = 120;

    private Subscription()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public long? PaymentId { get; private set; }

    public long CampaignId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public int IssueCount { get; private set; }

    public decimal Amount { get; private set; }

    public SubscriptionStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Subscriptions;

    public bool IsRunningOn(DateOnly day) => Status == SubscriptionStatus.Active && StartsOn <= day && day <= EndsOn;

    public static Subscription FromPayment(Payment payment, decimal amount, DateOnly startsOn, DateOnly endsOn, int issueCount)
    {
        if (!MoneyLimits.IsValidAmount(amount))
        {
            throw new DomainException("Le montant de l'abonnement doit être positif.");
        }

        if (endsOn < startsOn)
        {
            throw new DomainException("La fin de l'abonnement précède son début.");
        }

        if (issueCount is <= 0 or > MaxIssues)
        {
            throw new DomainException($"Le nombre de numéros doit être entre 1 et {MaxIssues}.");
        }

        return new Subscription
        {
            ContactId = payment.ContactId,
            PaymentId = payment.Id,
            CampaignId = payment.CampaignId,
            StartsOn = startsOn,
            EndsOn = endsOn,
            IssueCount = issueCount,
            Amount = amount,
            Status = SubscriptionStatus.Active,
        };
    }

    public void Cancel(string reason)
    {
        if (Status == SubscriptionStatus.Cancelled)
        {
            throw new DomainException("Cet abonnement est déjà annulé.");
        }

        CancelReason = Reasons.Require(reason);
        Status = SubscriptionStatus.Cancelled;
    }
}
