using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Sponsorships;

namespace CrmBlazor.UnitTests.Sponsorships;

public sealed class SponsorshipStatusTests
{
    private static readonly DateOnly Start = new(2026, 3, 1);

    private static Sponsorship Child(DateOnly? endsOn = null) => Sponsorship.Start(5, SponsoredKind.Child, " Aïcha, 8 ans ", Start, endsOn, 30m);

    [Fact]
    public void A_new_sponsorship_is_active_from_its_start_to_its_end()
    {
        var sponsorship = Child(new DateOnly(2026, 12, 31));

        Assert.Equal("Aïcha, 8 ans", sponsorship.Label);
        Assert.False(sponsorship.IsActiveOn(Start.AddDays(-1)));
        Assert.True(sponsorship.IsActiveOn(Start));
        Assert.True(sponsorship.IsActiveOn(new DateOnly(2026, 12, 31)));
        Assert.False(sponsorship.IsActiveOn(new DateOnly(2027, 1, 1)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    [InlineData(10.001)]
    public void The_monthly_amount_must_be_positive_in_cents(decimal amount)
    {
        Assert.Throws<DomainException>(() => Sponsorship.Start(5, SponsoredKind.Project, "Puits", Start, null, amount));
    }

    [Fact]
    public void An_end_before_the_start_is_refused()
    {
        Assert.Throws<DomainException>(() => Child(Start.AddDays(-1)));
    }

    [Fact]
    public void Suspended_is_not_active_and_resuming_clears_the_reason()
    {
        var sponsorship = Child();

        sponsorship.Suspend("Difficultés passagères");
        Assert.Equal(SponsorshipStatus.Suspended, sponsorship.Status);
        Assert.False(sponsorship.IsActiveOn(Start.AddDays(10)));
        Assert.Equal("Difficultés passagères", sponsorship.StatusReason);

        sponsorship.Resume();
        Assert.Equal(SponsorshipStatus.Active, sponsorship.Status);
        Assert.Null(sponsorship.StatusReason);
        Assert.True(sponsorship.IsActiveOn(Start.AddDays(10)));
    }

    [Fact]
    public void Ending_sets_the_end_date_and_the_reason_and_is_final()
    {
        var sponsorship = Child();
        sponsorship.Suspend("Pause");

        sponsorship.End(new DateOnly(2026, 6, 30), "L'enfant a quitté le programme");

        Assert.Equal(SponsorshipStatus.Ended, sponsorship.Status);
        Assert.Equal(new DateOnly(2026, 6, 30), sponsorship.EndsOn);
        Assert.Throws<DomainException>(() => sponsorship.Resume());
        Assert.Throws<DomainException>(() => sponsorship.End(new DateOnly(2026, 7, 1), "Encore"));
        Assert.Throws<DomainException>(() => sponsorship.Suspend("Encore"));
    }

    [Fact]
    public void Suspending_or_ending_needs_a_reason_and_an_end_not_before_the_start()
    {
        var sponsorship = Child();

        Assert.Throws<DomainException>(() => sponsorship.Suspend(" "));
        Assert.Throws<DomainException>(() => sponsorship.End(Start.AddDays(-1), "Erreur"));
        Assert.Equal(SponsorshipStatus.Active, sponsorship.Status);
    }
}
