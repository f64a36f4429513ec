using CrmBlazor.Domain.Memberships;

namespace CrmBlazor.UnitTests.Memberships;

public sealed class MembershipStatusRuleTests
{
    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static MembershipStatus On(DateOnly today, DateOnly? startsOn, DateOnly? endsOn, DateOnly? newUntil = null, int grace = 3, bool cancelled = false) =>
        MembershipStatusRule.StatusOn(new MembershipDates(cancelled, startsOn, endsOn, newUntil, grace), today);

    [Fact]
    public void Never_paid_is_pending_and_cancelled_wins_over_every_date()
    {
        Assert.Equal(MembershipStatus.Pending, On(D(2026, 5, 1), null, null));
        Assert.Equal(MembershipStatus.Cancelled, On(D(2026, 5, 1), D(2026, 1, 1), D(2026, 12, 31), cancelled: true));
    }

    [Fact]
    public void First_membership_is_new_through_its_first_term_then_current_after_renewal()
    {
        Assert.Equal(MembershipStatus.New, On(D(2026, 12, 31), D(2026, 3, 1), D(2027, 12, 31), newUntil: D(2026, 12, 31)));
        Assert.Equal(MembershipStatus.Current, On(D(2027, 1, 1), D(2026, 3, 1), D(2027, 12, 31), newUntil: D(2026, 12, 31)));
    }

    [Fact]
    public void Current_through_the_end_date_inclusive()
    {
        Assert.Equal(MembershipStatus.Current, On(D(2026, 12, 31), D(2026, 1, 1), D(2026, 12, 31)));
    }

    [Fact]
    public void Grace_from_the_day_after_the_end_for_the_type_s_months_then_expired()
    {
        Assert.Equal(MembershipStatus.Grace, On(D(2027, 1, 1), D(2026, 1, 1), D(2026, 12, 31)));
        Assert.Equal(MembershipStatus.Grace, On(D(2027, 3, 31), D(2026, 1, 1), D(2026, 12, 31)));
        Assert.Equal(MembershipStatus.Expired, On(D(2027, 4, 1), D(2026, 1, 1), D(2026, 12, 31)));
    }

    [Fact]
    public void Without_grace_months_the_day_after_the_end_is_expired()
    {
        Assert.Equal(MembershipStatus.Expired, On(D(2027, 1, 1), D(2026, 1, 1), D(2026, 12, 31), grace: 0));
    }

    [Fact]
    public void A_new_membership_that_ended_unrenewed_goes_to_grace_not_new()
    {
        Assert.Equal(MembershipStatus.Grace, On(D(2027, 1, 10), D(2026, 3, 1), D(2026, 12, 31), newUntil: D(2026, 12, 31)));
    }

    [Fact]
    public void Lifetime_is_new_for_a_year_then_current_for_ever()
    {
        Assert.Equal(MembershipStatus.New, On(D(2026, 6, 1), D(2026, 1, 10), null, newUntil: D(2027, 1, 9)));
        Assert.Equal(MembershipStatus.Current, On(D(2070, 6, 1), D(2026, 1, 10), null, newUntil: D(2027, 1, 9)));
    }

    [Theory]
    [InlineData(MembershipStatus.New, true)]
    [InlineData(MembershipStatus.Current, true)]
    [InlineData(MembershipStatus.Grace, true)]
    [InlineData(MembershipStatus.Pending, false)]
    [InlineData(MembershipStatus.Expired, false)]
    [InlineData(MembershipStatus.Cancelled, false)]
    public void New_current_and_grace_count_as_members(MembershipStatus status, bool member)
    {
        Assert.Equal(member, status.CountsAsMember());
    }
}
