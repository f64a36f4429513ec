namespace CrmBlazor.Domain.Memberships;

public enum MembershipKind
{
    /// <summary>1 January – 31 December; with a rollover day, joining on or after it runs to the end of the next year.</summary>
    CalendarYear,

    /// <summary>From the payment date to the day before the same date next year.</summary>
    Rolling,

    Lifetime,
}

/// <summary>A day of the year (no year): the rollover date of a calendar-year membership type, e.g. 1 September.</summary>
public readonly record struct MonthDay(int Month, int Day)
{
    /// <summary>Any day that exists in a leap year, except 1 January (which would make every membership run two years).</summary>
    public bool IsValid => Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(2024, Month) && (Month, Day) != (1, 1);

    /// <summary>That day in <paramref name="year"/>; 29 February becomes 1 March in a common year.</summary>
    public DateOnly In(int year) =>
        Month == 2 && Day == 29 && !DateTime.IsLeapYear(year) ? new DateOnly(year, 3, 1) : new DateOnly(year, Month, Day);

    public override string ToString() => $"{Day:00}/{Month:00}";
}

/// <summary>What the date rules need to know of a membership type.</summary>
public sealed record MembershipPlan(MembershipKind Kind, MonthDay? Rollover = null, int GraceMonths = MembershipLimits.DefaultGraceMonths);
