using System.Globalization;
using CrmBlazor.Domain.Common;
using CrmBlazor.UnitTests.TestSupport;

namespace CrmBlazor.UnitTests.Common;

public sealed class ParisTimeTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    [Fact]
    public void The_zone_is_europe_paris()
    {
        Assert.Equal("Europe/Paris", ParisTime.ZoneId);
        Assert.Equal(TimeSpan.FromHours(1), ParisTime.Zone.BaseUtcOffset);
    }

    [Fact]
    public void Late_new_years_eve_in_utc_is_already_new_years_day_in_paris()
    {
        var clock = new FakeTimeProvider(Utc(2026, 12, 31, 23, 30));

        Assert.Equal(new DateOnly(2027, 1, 1), ParisTime.Today(clock));
    }

    [Theory]
    [InlineData("2026-01-15T22:59:59Z", "2026-01-15")] // winter, UTC+1: 23:59:59 in Paris
    [InlineData("2026-01-15T23:00:00Z", "2026-01-16")]
    [InlineData("2026-07-14T21:59:59Z", "2026-07-14")] // summer, UTC+2: 23:59:59 in Paris
    [InlineData("2026-07-14T22:00:00Z", "2026-07-15")]
    [InlineData("2026-07-14T00:30:00Z", "2026-07-14")]
    public void Today_is_the_paris_calendar_day(string utcNow, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utcNow, CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, CultureInfo.InvariantCulture), ParisTime.Today(clock));
    }

    [Fact]
    public void Today_does_not_depend_on_the_servers_time_zone()
    {
        // 20:00 UTC is the next morning in Tokyo but still the same evening in Paris.
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var clock = new FakeTimeProvider(Utc(2026, 4, 10, 20, 0), tokyo);

        Assert.Equal(new DateOnly(2026, 4, 11), DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
        Assert.Equal(new DateOnly(2026, 4, 10), ParisTime.Today(clock));
    }

    [Fact]
    public void Today_follows_the_clock()
    {
        var clock = new FakeTimeProvider(Utc(2026, 2, 28, 22, 59));
        Assert.Equal(new DateOnly(2026, 2, 28), ParisTime.Today(clock));

        clock.Advance(TimeSpan.FromMinutes(1));

        Assert.Equal(new DateOnly(2026, 3, 1), ParisTime.Today(clock));
    }

    [Fact]
    public void To_paris_keeps_the_instant_and_uses_the_winter_offset()
    {
        var instant = Utc(2026, 1, 15, 12, 0);

        var paris = ParisTime.ToParis(instant);

        Assert.Equal(instant, paris);
        Assert.Equal(TimeSpan.FromHours(1), paris.Offset);
        Assert.Equal(13, paris.Hour);
    }

    [Fact]
    public void To_paris_uses_the_summer_offset()
    {
        var paris = ParisTime.ToParis(Utc(2026, 7, 15, 12, 0));

        Assert.Equal(TimeSpan.FromHours(2), paris.Offset);
        Assert.Equal(14, paris.Hour);
    }

    [Fact]
    public void A_winter_day_starts_at_23h_utc_the_day_before()
    {
        Assert.Equal(Utc(2026, 1, 14, 23, 0), ParisTime.StartOfDay(new DateOnly(2026, 1, 15)));
    }

    [Fact]
    public void A_summer_day_starts_at_22h_utc_the_day_before()
    {
        Assert.Equal(Utc(2026, 7, 13, 22, 0), ParisTime.StartOfDay(new DateOnly(2026, 7, 14)));
    }

    [Fact]
    public void The_start_of_a_day_is_given_in_utc()
    {
        Assert.Equal(TimeSpan.Zero, ParisTime.StartOfDay(new DateOnly(2026, 7, 14)).Offset);
    }

    [Fact]
    public void The_spring_forward_day_starts_at_winter_midnight_and_lasts_23_hours()
    {
        // 2026-03-29: clocks go from 02:00 to 03:00; midnight is still UTC+1.
        var start = ParisTime.StartOfDay(new DateOnly(2026, 3, 29));
        var next = ParisTime.StartOfDay(new DateOnly(2026, 3, 30));

        Assert.Equal(Utc(2026, 3, 28, 23, 0), start);
        Assert.Equal(Utc(2026, 3, 29, 22, 0), next);
        Assert.Equal(TimeSpan.FromHours(23), next - start);
    }

    [Fact]
    public void The_fall_back_day_starts_at_summer_midnight_and_lasts_25_hours()
    {
        // 2026-10-25: clocks go from 03:00 back to 02:00; midnight is still UTC+2.
        var start = ParisTime.StartOfDay(new DateOnly(2026, 10, 25));
        var next = ParisTime.StartOfDay(new DateOnly(2026, 10, 26));

        Assert.Equal(Utc(2026, 10, 24, 22, 0), start);
        Assert.Equal(Utc(2026, 10, 25, 23, 0), next);
        Assert.Equal(TimeSpan.FromHours(25), next - start);
    }

    [Theory]
    [InlineData(2026, 3, 29)]
    [InlineData(2026, 10, 25)]
    [InlineData(2027, 1, 1)]
    public void The_start_of_a_day_is_its_first_instant(int year, int month, int day)
    {
        var date = new DateOnly(year, month, day);
        var start = ParisTime.StartOfDay(date);

        Assert.Equal(date, ParisTime.Today(new FakeTimeProvider(start)));
        Assert.Equal(date.AddDays(-1), ParisTime.Today(new FakeTimeProvider(start.AddTicks(-1))));
    }
}
