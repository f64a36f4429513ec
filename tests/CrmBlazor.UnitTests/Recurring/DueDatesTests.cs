using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

public sealed class DueDatesTests
{
    [Fact]
    public void A_gift_anchored_on_the_31st_keeps_the_31st_after_a_short_month()
    {
        var due = new DateOnly(2027, 1, 31);
        var seen = new List<DateOnly>();
        for (var i = 0; i < 24; i++)
        {
            due = DueDates.Next(due, Periodicity.Monthly, 31);
            seen.Add(due);
        }

        Assert.Equal(new DateOnly(2027, 2, 28), seen[0]);
        Assert.Equal(new DateOnly(2027, 3, 31), seen[1]);
        Assert.Equal(new DateOnly(2027, 4, 30), seen[2]);
        Assert.Equal(new DateOnly(2028, 2, 29), seen[12]);
        Assert.Equal(new DateOnly(2028, 3, 31), seen[13]);
        Assert.Equal(new DateOnly(2029, 1, 31), seen[23]);
        Assert.All(seen, d => Assert.Equal(DateTime.DaysInMonth(d.Year, d.Month) < 31 ? DateTime.DaysInMonth(d.Year, d.Month) : 31, d.Day));
    }

    [Fact]
    public void A_yearly_gift_from_29_February_falls_on_28_February_then_on_29_again_in_a_leap_year()
    {
        var due = new DateOnly(2028, 2, 29);
        var years = Enumerable.Range(0, 4).Select(_ => due = DueDates.Next(due, Periodicity.Yearly, 29)).ToList();

        Assert.Equal([new DateOnly(2029, 2, 28), new DateOnly(2030, 2, 28), new DateOnly(2031, 2, 28), new DateOnly(2032, 2, 29)], years);
    }

    [Theory]
    [InlineData(Periodicity.Monthly, "2026-04-15")]
    [InlineData(Periodicity.Quarterly, "2026-06-15")]
    [InlineData(Periodicity.HalfYearly, "2026-09-15")]
    [InlineData(Periodicity.Yearly, "2027-03-15")]
    public void Each_periodicity_moves_the_due_date_by_its_months(Periodicity periodicity, string expected)
    {
        Assert.Equal(DateOnly.Parse(expected), DueDates.Next(new DateOnly(2026, 3, 15), periodicity, 15));
    }

    [Fact]
    public void First_on_or_after_walks_the_schedule_to_the_given_day()
    {
        Assert.Equal(new DateOnly(2026, 7, 10), DueDates.FirstOnOrAfter(new DateOnly(2026, 1, 10), Periodicity.Quarterly, 10, new DateOnly(2026, 5, 2)));
        Assert.Equal(new DateOnly(2026, 4, 10), DueDates.FirstOnOrAfter(new DateOnly(2026, 4, 10), Periodicity.Quarterly, 10, new DateOnly(2026, 4, 10)));
    }

    [Fact]
    public void Easter_and_the_target_closing_days_are_not_business_days()
    {
        Assert.Equal(new DateOnly(2026, 4, 5), TargetCalendar.EasterSunday(2026));
        Assert.Equal(new DateOnly(2027, 3, 28), TargetCalendar.EasterSunday(2027));
        Assert.False(TargetCalendar.IsBusinessDay(new DateOnly(2026, 4, 3)));
        Assert.False(TargetCalendar.IsBusinessDay(new DateOnly(2026, 4, 6)));
        Assert.False(TargetCalendar.IsBusinessDay(new DateOnly(2026, 12, 25)));
        Assert.Equal(new DateOnly(2026, 12, 28), TargetCalendar.OnOrAfter(new DateOnly(2026, 12, 25)));
        Assert.True(TargetCalendar.IsBusinessDay(new DateOnly(2026, 4, 7)));
    }
}
