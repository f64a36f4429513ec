using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Memberships;

namespace CrmBlazor.UnitTests.Memberships;

public sealed class MembershipTermsTests
{
    private static readonly MembershipPlan CalendarYear = new(MembershipKind.CalendarYear);
    private static readonly MembershipPlan FromSeptember = new(MembershipKind.CalendarYear, new MonthDay(9, 1));
    private static readonly MembershipPlan Rolling = new(MembershipKind.Rolling);
    private static readonly MembershipPlan Lifetime = new(MembershipKind.Lifetime);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void Calendar_year_runs_from_the_payment_date_to_31_December_of_the_same_year()
    {
        Assert.Equal(new MembershipTerm(D(2026, 3, 15), D(2026, 12, 31)), MembershipTerms.Starting(CalendarYear, D(2026, 3, 15)));
        Assert.Equal(new MembershipTerm(D(2026, 1, 1), D(2026, 12, 31)), MembershipTerms.Starting(CalendarYear, D(2026, 1, 1)));
    }

    [Fact]
    public void With_a_1_September_rollover_joining_on_31_August_ends_this_year_and_on_1_September_ends_next_year()
    {
        Assert.Equal(D(2026, 12, 31), MembershipTerms.Starting(FromSeptember, D(2026, 8, 31)).EndsOn);
        Assert.Equal(D(2027, 12, 31), MembershipTerms.Starting(FromSeptember, D(2026, 9, 1)).EndsOn);
    }

    [Fact]
    public void Joining_on_31_December_without_rollover_buys_a_single_day_and_with_one_the_whole_next_year()
    {
        Assert.Equal(new MembershipTerm(D(2026, 12, 31), D(2026, 12, 31)), MembershipTerms.Starting(CalendarYear, D(2026, 12, 31)));
        Assert.Equal(new MembershipTerm(D(2026, 12, 31), D(2027, 12, 31)), MembershipTerms.Starting(FromSeptember, D(2026, 12, 31)));
    }

    [Fact]
    public void A_29_February_rollover_falls_on_1_March_in_a_common_year()
    {
        var plan = new MembershipPlan(MembershipKind.CalendarYear, new MonthDay(2, 29));
        Assert.Equal(D(2028, 12, 31), MembershipTerms.Starting(plan, D(2027, 3, 1)).EndsOn);
        Assert.Equal(D(2027, 12, 31), MembershipTerms.Starting(plan, D(2027, 2, 28)).EndsOn);
        Assert.Equal(D(2029, 12, 31), MembershipTerms.Starting(plan, D(2028, 2, 29)).EndsOn);
    }

    [Theory]
    [InlineData("2026-03-15", "2027-03-14")]
    [InlineData("2026-01-01", "2026-12-31")]
    [InlineData("2024-02-29", "2025-02-28")]
    [InlineData("2023-03-01", "2024-02-29")]
    [InlineData("2024-03-01", "2025-02-28")]
    [InlineData("2027-02-28", "2028-02-27")]
    public void Rolling_runs_to_the_day_before_the_same_date_next_year(string paid, string end)
    {
        var term = MembershipTerms.Starting(Rolling, DateOnly.Parse(paid));
        Assert.Equal(DateOnly.Parse(paid), term.StartsOn);
        Assert.Equal(DateOnly.Parse(end), term.EndsOn);
    }

    [Fact]
    public void Rolling_from_29_February_keeps_whole_years_on_renewal()
    {
        var first = MembershipTerms.Starting(Rolling, D(2024, 2, 29));
        var second = MembershipTerms.Continuing(Rolling, first.EndsOn!.Value);
        var third = MembershipTerms.Continuing(Rolling, second.EndsOn!.Value);
        Assert.Equal(new MembershipTerm(D(2025, 3, 1), D(2026, 2, 28)), second);
        Assert.Equal(new MembershipTerm(D(2026, 3, 1), D(2027, 2, 28)), third);
    }

    [Fact]
    public void Lifetime_never_ends()
    {
        Assert.Equal(new MembershipTerm(D(2026, 5, 4), null), MembershipTerms.Starting(Lifetime, D(2026, 5, 4)));
    }

    [Theory]
    [InlineData(MembershipStatus.New)]
    [InlineData(MembershipStatus.Current)]
    [InlineData(MembershipStatus.Grace)]
    public void Renewing_while_a_member_extends_from_the_end_date(MembershipStatus status)
    {
        var calendar = MembershipTerms.Bought(FromSeptember, status, D(2026, 12, 31), D(2026, 11, 20));
        Assert.Equal(new MembershipTerm(D(2027, 1, 1), D(2027, 12, 31)), calendar);
        var rolling = MembershipTerms.Bought(Rolling, status, D(2026, 6, 14), D(2026, 6, 1));
        Assert.Equal(new MembershipTerm(D(2026, 6, 15), D(2027, 6, 14)), rolling);
    }

    [Fact]
    public void Renewing_during_grace_still_extends_from_the_end_date_not_from_the_payment()
    {
        var term = MembershipTerms.Bought(Rolling, MembershipStatus.Grace, D(2026, 6, 14), D(2026, 8, 1));
        Assert.Equal(new MembershipTerm(D(2026, 6, 15), D(2027, 6, 14)), term);
    }

    [Fact]
    public void Renewing_after_expiry_restarts_from_the_payment_date()
    {
        var rolling = MembershipTerms.Bought(Rolling, MembershipStatus.Expired, D(2025, 6, 14), D(2026, 2, 10));
        Assert.Equal(new MembershipTerm(D(2026, 2, 10), D(2027, 2, 9)), rolling);
        var calendar = MembershipTerms.Bought(FromSeptember, MembershipStatus.Expired, D(2024, 12, 31), D(2026, 9, 10));
        Assert.Equal(new MembershipTerm(D(2026, 9, 10), D(2027, 12, 31)), calendar);
    }

    [Fact]
    public void Paying_a_pending_membership_starts_it_on_the_payment_date()
    {
        Assert.Equal(new MembershipTerm(D(2026, 4, 2), D(2026, 12, 31)), MembershipTerms.Bought(CalendarYear, MembershipStatus.Pending, null, D(2026, 4, 2)));
    }

    [Fact]
    public void A_cancelled_membership_or_a_running_lifetime_one_cannot_be_paid()
    {
        Assert.Throws<DomainException>(() => MembershipTerms.Bought(CalendarYear, MembershipStatus.Cancelled, null, D(2026, 4, 2)));
        Assert.Throws<DomainException>(() => MembershipTerms.Bought(Lifetime, MembershipStatus.Current, null, D(2026, 4, 2)));
    }

    [Theory]
    [InlineData(1, 1, false)]
    [InlineData(2, 29, true)]
    [InlineData(2, 30, false)]
    [InlineData(13, 1, false)]
    [InlineData(9, 1, true)]
    public void A_rollover_day_must_exist_and_not_be_1_January(int month, int day, bool valid)
    {
        Assert.Equal(valid, new MonthDay(month, day).IsValid);
    }
}
