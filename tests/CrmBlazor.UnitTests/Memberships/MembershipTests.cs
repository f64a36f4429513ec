using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.UnitTests.Memberships;

public sealed class MembershipTests
{
    private static readonly MembershipType Rolling = MembershipType.Create("Individuelle", 30m, MembershipKind.Rolling, null, 3);

    private static DateOnly D(int year, int month, int day) => new(year, month, day);

    private static Payment Paid(DateOnly on) => Payment.Receive(7, PaymentMethod.Card, 30m, on, 1, DateTimeOffset.UnixEpoch);

    [Fact]
    public void Paying_a_pending_first_membership_makes_it_new_with_its_dates()
    {
        var membership = Membership.Enter(7, Rolling, D(2026, 3, 1), isFirstOfContact: true);
        Assert.Equal(MembershipStatus.Pending, membership.Status);

        var fee = membership.Pay(Paid(D(2026, 3, 2)), 30m, Rolling.Plan, D(2026, 3, 5));

        Assert.Equal(MembershipStatus.New, membership.Status);
        Assert.Equal((D(2026, 3, 2), D(2026, 3, 2), D(2027, 3, 1), D(2027, 3, 1)), (membership.JoinedOn, membership.StartsOn, membership.EndsOn, membership.NewUntil));
        Assert.Equal((D(2026, 3, 2), D(2027, 3, 1)), (fee.TermStartsOn, fee.TermEndsOn));
    }

    [Fact]
    public void A_membership_of_a_contact_who_was_a_member_before_is_current_not_new()
    {
        var membership = Membership.Enter(7, Rolling, D(2026, 3, 1), isFirstOfContact: false);
        membership.Pay(Paid(D(2026, 3, 2)), 30m, Rolling.Plan, D(2026, 3, 5));
        Assert.Equal(MembershipStatus.Current, membership.Status);
    }

    [Fact]
    public void Renewal_after_expiry_restarts_the_period_but_keeps_member_since()
    {
        var membership = Membership.Enter(7, Rolling, D(2024, 3, 1), isFirstOfContact: false);
        var first = membership.Pay(Paid(D(2024, 3, 2)), 30m, Rolling.Plan, D(2024, 3, 2));
        var second = membership.Pay(Paid(D(2026, 1, 15)), 30m, Rolling.Plan, D(2026, 1, 15));

        Assert.Equal((D(2024, 3, 2), D(2026, 1, 15), D(2027, 1, 14)), (membership.JoinedOn, membership.StartsOn, membership.EndsOn));
        Assert.Equal(MembershipStatus.Current, membership.Status);
    }

    [Fact]
    public void Cancelling_the_renewal_gives_back_the_dates_of_the_first_term_and_cancelling_all_makes_it_pending()
    {
        var membership = Membership.Enter(7, Rolling, D(2026, 3, 1), isFirstOfContact: true);
        var first = membership.Pay(Paid(D(2026, 3, 2)), 30m, Rolling.Plan, D(2026, 3, 2));
        var renewal = membership.Pay(Paid(D(2027, 2, 20)), 30m, Rolling.Plan, D(2027, 2, 20));
        Assert.Equal((D(2026, 3, 2), D(2028, 3, 1)), (membership.StartsOn, membership.EndsOn));

        renewal.Cancel("chèque sans provision");
        membership.Recompute([first, renewal], D(2027, 2, 21));
        Assert.Equal((D(2026, 3, 2), D(2026, 3, 2), D(2027, 3, 1), MembershipStatus.New), (membership.JoinedOn, membership.StartsOn, membership.EndsOn, membership.Status));

        first.Cancel("erreur de saisie");
        membership.Recompute([first, renewal], D(2027, 2, 21));
        Assert.Equal((null, null, null, MembershipStatus.Pending), ((DateOnly?)membership.StartsOn, membership.EndsOn, membership.NewUntil, membership.Status));
    }

    [Fact]
    public void Status_refresh_reports_a_change_only_when_the_day_crosses_a_boundary()
    {
        var membership = Membership.Enter(7, Rolling, D(2026, 3, 1), isFirstOfContact: false);
        membership.Pay(Paid(D(2026, 3, 2)), 30m, Rolling.Plan, D(2026, 3, 2));
        Assert.False(membership.RefreshStatus(D(2027, 3, 1)));
        Assert.True(membership.RefreshStatus(D(2027, 3, 2)));
        Assert.Equal(MembershipStatus.Grace, membership.Status);
        Assert.True(membership.RefreshStatus(D(2027, 6, 2)));
        Assert.Equal(MembershipStatus.Expired, membership.Status);
    }

    [Fact]
    public void A_type_refuses_a_rollover_unless_calendar_year_and_a_grace_beyond_limits()
    {
        Assert.Throws<CrmBlazor.Domain.Common.DomainException>(() => MembershipType.Create("X", 10m, MembershipKind.Rolling, new MonthDay(9, 1), 3));
        Assert.Throws<CrmBlazor.Domain.Common.DomainException>(() => MembershipType.Create("X", 10m, MembershipKind.CalendarYear, null, MembershipLimits.MaxGraceMonths + 1));
        Assert.Throws<CrmBlazor.Domain.Common.DomainException>(() => MembershipType.Create("X", 0m, MembershipKind.CalendarYear, null, 3));
    }
}
