using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Memberships;

public enum MembershipFeeStatus
{
    Active,
    Cancelled,
}

/// <summary>
/// A payment line paying a membership's fee (cotisation) and the term it bought. Cancelling the payment cancels the
/// line (kept, like every money line) and gives the membership back the dates it had without it.
/// </summary>
public sealed class MembershipFee : IContactOwned
{
    private MembershipFee()
    {
    }

    public long Id { get; private set; }

    public long MembershipId { get; private set; }

    public long ContactId { get; private set; }

    public long PaymentId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly TermStartsOn { get; private set; }

    /// <summary>Null for a lifetime membership.</summary>
    public DateOnly? TermEndsOn { get; private set; }

    public MembershipFeeStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Memberships;

    public bool IsActive => Status == MembershipFeeStatus.Active;

    internal static MembershipFee For(Membership membership, Payment payment, decimal amount, MembershipTerm term)
    {
        if (!MoneyLimits.IsValidAmount(amount))
        {
            throw new DomainException("Le montant de la cotisation doit être positif.");
        }

        if (payment.ContactId != membership.ContactId)
        {
            throw new DomainException("Une adhésion se paie par un encaissement de son adhérent.");
        }

        return new MembershipFee
        {
            MembershipId = membership.Id,
            ContactId = membership.ContactId,
            PaymentId = payment.Id,
            Amount = amount,
            TermStartsOn = term.StartsOn,
            TermEndsOn = term.EndsOn,
            Status = MembershipFeeStatus.Active,
        };
    }

    public void Cancel(string reason)
    {
        if (Status == MembershipFeeStatus.Cancelled)
        {
            throw new DomainException("Cette cotisation est déjà annulée.");
        }

        CancelReason = Reasons.Require(reason);
        Status = MembershipFeeStatus.Cancelled;
    }
}
