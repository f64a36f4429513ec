namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// Due dates keep the gift's original day of month, clamped to the month's end: a gift anchored on the 31st
/// falls due on 31 January, 28 (or 29) February, then 31 March again — never drifting to the 28th.
/// </summary>
public static class DueDates
{
    public const int MinAnchorDay = 1;
    public const int MaxAnchorDay = 31;

    /// <summary>The anchor day in the given month, clamped to its last day.</summary>
    public static DateOnly InMonth(int year, int month, int anchorDay)
    {
        ValidateAnchor(anchorDay);
        return new DateOnly(year, month, Math.Min(anchorDay, DateTime.DaysInMonth(year, month)));
    }

    /// <summary>The due date one period after <paramref name="current"/>.</summary>
    public static DateOnly Next(DateOnly current, Periodicity periodicity, int anchorDay)
    {
        var month = new DateOnly(current.Year, current.Month, 1).AddMonths(periodicity.Months());
        return InMonth(month.Year, month.Month, anchorDay);
    }

    /// <summary>The first due date on or after <paramref name="day"/>, walking the schedule from <paramref name="from"/>.</summary>
    public static DateOnly FirstOnOrAfter(DateOnly from, Periodicity periodicity, int anchorDay, DateOnly day)
    {
        var due = from;
        while (due < day)
        {
            due = Next(due, periodicity, anchorDay);
        }

        return due;
    }

    /// <summary>The first and last day of the month a run covers.</summary>
    public static (DateOnly First, DateOnly Last) Month(DateOnly anyDay)
    {
        var first = new DateOnly(anyDay.Year, anyDay.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    private static void ValidateAnchor(int anchorDay)
    {
        if (anchorDay is < MinAnchorDay or > MaxAnchorDay)
        {
            throw new ArgumentOutOfRangeException(nameof(anchorDay), anchorDay, "The anchor day is between 1 and 31.");
        }
    }
}
