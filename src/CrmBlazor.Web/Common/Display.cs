using System.Globalization;
using CrmBlazor.Domain.Common;
using CrmBlazor.Web.Setup;

namespace CrmBlazor.Web.Common;

/// <summary>How instants, dates and durations read on screen: Paris time, French format.</summary>
public static class Display
{
    private static CultureInfo French => Cultures.French;

    public static string DateTime(DateTimeOffset? instant) => InParis(instant, "dd/MM/yyyy HH:mm");

    public static string DateTimeSeconds(DateTimeOffset? instant) => InParis(instant, "dd/MM/yyyy HH:mm:ss");

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "—",
        { TotalSeconds: < 1 } d => $"{d.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } d => string.Create(French, $"{d.TotalSeconds:0.0} s"),
        { } d => $"{(int)d.TotalMinutes} min {d.Seconds:00} s",
    };

    public static string Date(DateOnly? day) => day is null ? "—" : day.Value.ToString("dd/MM/yyyy", French);

    /// <summary>« 1 234,50 € ».</summary>
    /// <summary>« avril 2026 ».</summary>
    public static string Month(DateOnly month) => month.ToString("MMMM yyyy", French);

    public static string Money(decimal? amount) => amount is null ? "—" : amount.Value.ToString("#,##0.00 €", French);

    public static string Number(long value) => value.ToString("#,##0", French);

    private static string InParis(DateTimeOffset? instant, string format) =>
        instant is null ? "—" : ParisTime.ToParis(instant.Value).ToString(format, French);
}
