using System.Globalization;
using CrmBlazor.Domain.Common;

namespace CrmBlazor.Web.Common;

/// <summary>How instants, dates and durations read on screen: Paris time, French format.</summary>
public static class Display
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string DateTime(DateTimeOffset? instant) =>
        instant is null ? "—" : TimeZoneInfo.ConvertTime(instant.Value, ParisTime.Zone).ToString("dd/MM/yyyy HH:mm", French);

    public static string DateTimeSeconds(DateTimeOffset? instant) =>
        instant is null ? "—" : TimeZoneInfo.ConvertTime(instant.Value, ParisTime.Zone).ToString("dd/MM/yyyy HH:mm:ss", French);

    public static string Date(DateOnly? date) => date?.ToString("dd/MM/yyyy", French) ?? "—";

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "—",
        { TotalSeconds: < 1 } d => $"{d.TotalMilliseconds:0} ms",
        { TotalMinutes: < 1 } d => string.Create(French, $"{d.TotalSeconds:0.0} s"),
        { } d => $"{(int)d.TotalMinutes} min {d.Seconds:00} s",
    };

    public static string Amount(decimal amount) => amount.ToString("#,##0.00 €", French);
}
