using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Memberships;

/// <summary>The days one payment of the fee covers; <see cref="EndsOn"/> is null for a lifetime membership.</summary>
public readonly record struct MembershipTerm(DateOnly StartsOn, DateOnly? EndsOn);

/// <summary>
/// The date rules of memberships (pure). A first membership, or one paid after it expired, starts on the payment date;
/// a renewal paid while the contact is still a member (new, current or grace) continues from the day after the end date.
/// </summary>
public static class MembershipTerms
{
    /// <summary>The term bought by a payment received on <paramref name="paidOn"/> for a membership that is not running.</summary>
    public static MembershipTerm Starting(MembershipPlan plan, DateOnly paidOn) => plan.Kind switch
    {
        MembershipKind.Lifetime => new(paidOn, null),
        MembershipKind.Rolling => new(paidOn, YearFrom(paidOn)),
        _ => new(paidOn, new DateOnly(paidOn.Year + (JoinsAfterRollover(plan, paidOn) ? 1 : 0), 12, 31)),
    };

    /// <summary>The term that continues a running membership ending on <paramref name="endsOn"/>: the rollover never applies to a renewal.</summary>
    public static MembershipTerm Continuing(MembershipPlan plan, DateOnly endsOn)
    {
        var startsOn = endsOn.AddDays(1);
        return plan.Kind switch
        {
            MembershipKind.Lifetime => new(startsOn, null),
            MembershipKind.Rolling => new(startsOn, YearFrom(startsOn)),
            _ => new(startsOn, new DateOnly(startsOn.Year, 12, 31)),
        };
    }

    /// <summary>
    /// The term a payment buys given where the membership stood on the payment date: renewing while still a member
    /// extends from the end date, otherwise the membership restarts from the payment date.
    /// </summary>
    public static MembershipTerm Bought(MembershipPlan plan, MembershipStatus statusOnPayment, DateOnly? endsOn, DateOnly paidOn)
    {
        if (statusOnPayment is MembershipStatus.Cancelled)
        {
            throw new DomainException("Une adhésion annulée ne se paie plus.");
        }

        if (statusOnPayment.CountsAsMember() && endsOn is null)
        {
            throw new DomainException("Une adhésion à vie ne se renouvelle pas.");
        }

        return statusOnPayment.CountsAsMember() ? Continuing(plan, endsOn!.Value) : Starting(plan, paidOn);
    }

    /// <summary>The last day of the year that starts on <paramref name="start"/>: the day before the anniversary, 29 February's being 1 March.</summary>
    public static DateOnly YearFrom(DateOnly start)
    {
        var anniversary = start is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(start.Year + 1)
            ? new DateOnly(start.Year + 1, 3, 1)
            : start.AddYears(1);
        return anniversary.AddDays(-1);
    }

    private static bool JoinsAfterRollover(MembershipPlan plan, DateOnly paidOn) =>
        plan.Rollover is { } rollover && paidOn >= rollover.In(paidOn.Year);
}
