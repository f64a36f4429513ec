namespace CrmBlazor.Domain.Memberships;

public enum MembershipStatus
{
    /// <summary>Entered, not paid yet.</summary>
    Pending,

    /// <summary>The contact's first membership, during its first term.</summary>
    New,

    Current,

    /// <summary>Ended, but within the type's grace months: still counted as a member, to be renewed.</summary>
    Grace,

    Expired,
    Cancelled,
}

public static class MembershipStatuses
{
    /// <summary>New, current and grace memberships make the contact a member (adhérent) in lists, counts and the header.</summary>
    public static bool CountsAsMember(this MembershipStatus status) =>
        status is MembershipStatus.New or MembershipStatus.Current or MembershipStatus.Grace;

    public static IReadOnlyList<MembershipStatus> Member { get; } = [MembershipStatus.New, MembershipStatus.Current, MembershipStatus.Grace];
}

/// <summary>Where a membership stands as far as its status depends on it: paid period, first-term end, grace.</summary>
/// <param name="StartsOn">Start of the current continuous period; null while never paid.</param>
/// <param name="EndsOn">Last day covered; null for a lifetime membership (or while never paid).</param>
/// <param name="NewUntil">End of the first term when this is the contact's first membership; null otherwise.</param>
public sealed record MembershipDates(bool IsCancelled, DateOnly? StartsOn, DateOnly? EndsOn, DateOnly? NewUntil, int GraceMonths);

/// <summary>
/// The status of a membership on a given day (pure): cancelled and pending are explicit; a paid membership is new during
/// the contact's first term, current until its end date (inclusive), in grace for the type's grace months after it,
/// then expired. A lifetime membership never ends.
/// </summary>
public static class MembershipStatusRule
{
    public static MembershipStatus StatusOn(MembershipDates dates, DateOnly today)
    {
        if (dates.IsCancelled)
        {
            return MembershipStatus.Cancelled;
        }

        if (dates.StartsOn is null)
        {
            return MembershipStatus.Pending;
        }

        if (dates.EndsOn is not { } endsOn || today <= endsOn)
        {
            return dates.NewUntil is { } newUntil && today <= newUntil ? MembershipStatus.New : MembershipStatus.Current;
        }

        return today <= endsOn.AddMonths(dates.GraceMonths) ? MembershipStatus.Grace : MembershipStatus.Expired;
    }
}
