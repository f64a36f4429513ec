namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// SEPA debits settle on TARGET2 business days: not on weekends, 1 January, Good Friday, Easter Monday, 1 May,
/// 25 and 26 December. A collection asked for on a closed day is moved to the next open one.
/// </summary>
public static class TargetCalendar
{
    public static bool IsBusinessDay(DateOnly day)
    {
        if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            return false;
        }

        if ((day.Month, day.Day) is (1, 1) or (5, 1) or (12, 25) or (12, 26))
        {
            return false;
        }

        var easter = EasterSunday(day.Year);
        return day != easter.AddDays(-2) && day != easter.AddDays(1);
    }

    public static DateOnly OnOrAfter(DateOnly day)
    {
        while (!IsBusinessDay(day))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    /// <summary>Gregorian Easter (anonymous Gregorian algorithm, Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
