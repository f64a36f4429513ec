using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Memberships;

/// <summary>
/// A contact's membership of one type: entered (or imported) pending, activated by a payment of its fee, renewed by
/// further payments. <see cref="Status"/> is stored for lists and counts, and recomputed by <see cref="RefreshStatus"/>
/// on every change and by the daily job.
/// </summary>
public sealed class Membership : IContactOwned
{
    private Membership()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public long TypeId { get; private set; }

    /// <summary>The fee expected when it was entered (the type's then), offered as the payment line's amount.</summary>
    public decimal Fee { get; private set; }

    public DateOnly EnteredOn { get; private set; }

    /// <summary>Member since: the start of the first paid term, never moved by renewals.</summary>
    public DateOnly? JoinedOn { get; private set; }

    /// <summary>Start of the current continuous period.</summary>
    public DateOnly? StartsOn { get; private set; }

    /// <summary>Last day covered; null for lifetime (and while pending).</summary>
    public DateOnly? EndsOn { get; private set; }

    /// <summary>The end of the first term, when this is the contact's first membership: it is « nouvelle » until then.</summary>
    public DateOnly? NewUntil { get; private set; }

    /// <summary>Whether the contact had no other membership when this one was entered.</summary>
    public bool IsFirstOfContact { get; private set; }

    public int GraceMonths { get; private set; }

    public MembershipStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Memberships;

    public MembershipDates Dates => new(Status == MembershipStatus.Cancelled, StartsOn, EndsOn, NewUntil, GraceMonths);

    public static Membership Enter(long contactId, MembershipType type, DateOnly enteredOn, bool isFirstOfContact)
    {
        if (!type.IsActive)
        {
            throw new DomainException($"Le type d'adhésion « {type.Name} » n'est plus proposé.");
        }

        return new Membership
        {
            ContactId = contactId,
            TypeId = type.Id,
            Fee = type.Fee,
            EnteredOn = enteredOn,
            IsFirstOfContact = isFirstOfContact,
            GraceMonths = type.GraceMonths,
            Status = MembershipStatus.Pending,
        };
    }

    public MembershipStatus StatusOn(DateOnly day) => MembershipStatusRule.StatusOn(Dates, day);

    /// <summary>
    /// Pays the fee with a line of <paramref name="payment"/>: the term follows where the membership stood on the day the
    /// money was received (renewal while a member extends from the end date; otherwise it restarts from the payment date).
    /// </summary>
    public MembershipFee Pay(Payment payment, decimal amount, MembershipPlan plan, DateOnly today)
    {
        var standing = StatusOn(payment.ReceivedOn);
        var term = MembershipTerms.Bought(plan, standing, EndsOn, payment.ReceivedOn);
        var fee = MembershipFee.For(this, payment, amount, term);
        if (!standing.CountsAsMember())
        {
            StartsOn = term.StartsOn;
        }

        JoinedOn ??= term.StartsOn;
        if (IsFirstOfContact && NewUntil is null)
        {
            NewUntil = FirstTermEnd(term);
        }

        EndsOn = term.EndsOn;
        RefreshStatus(today);
        return fee;
    }

    /// <summary>
    /// The dates again from the fee lines still active (after a payment was cancelled): no line left makes it pending again.
    /// </summary>
    public void Recompute(IEnumerable<MembershipFee> activeFees, DateOnly today)
    {
        var terms = activeFees.Where(f => f.IsActive && f.MembershipId == Id).OrderBy(f => f.TermStartsOn).ThenBy(f => f.Id).ToList();
        JoinedOn = terms.FirstOrDefault()?.TermStartsOn;
        NewUntil = IsFirstOfContact && terms.Count > 0 ? FirstTermEnd(new(terms[0].TermStartsOn, terms[0].TermEndsOn)) : null;
        StartsOn = null;
        EndsOn = null;
        foreach (var term in terms)
        {
            // A gap between two terms (renewed after it expired) starts a new continuous period.
            if (StartsOn is null || EndsOn is not { } end || term.TermStartsOn > end.AddDays(1))
            {
                StartsOn = term.TermStartsOn;
            }

            EndsOn = term.TermEndsOn;
        }

        RefreshStatus(today);
    }

    /// <summary>Brings the stored status to the dates; true when it changed.</summary>
    public bool RefreshStatus(DateOnly today)
    {
        var status = StatusOn(today);
        if (status == Status)
        {
            return false;
        }

        Status = status;
        return true;
    }

    public void Cancel(string reason)
    {
        if (Status == MembershipStatus.Cancelled)
        {
            throw new DomainException("Cette adhésion est déjà annulée.");
        }

        CancelReason = Reasons.Require(reason);
        Status = MembershipStatus.Cancelled;
    }

    /// <summary>A lifetime membership is « nouvelle » for its first year.</summary>
    private static DateOnly FirstTermEnd(MembershipTerm term) => term.EndsOn ?? MembershipTerms.YearFrom(term.StartsOn);
}
