using CrmBlazor.Application.Events;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;

namespace CrmBlazor.Web.Components.Pages.Events;

/// <summary>How an event's dates and seats read in lists.</summary>
public static class EventDates
{
    public static string Of(EventRow e) =>
        e.StartsOn == e.EndsOn ? Display.Date(e.StartsOn) : $"{Display.Date(e.StartsOn)} – {Display.Date(e.EndsOn)}";

    public static string Seats(EventRow e) =>
        (e.Capacity is { } capacity ? $"{e.SeatsTaken} / {capacity}" : string.Format(Ui.Events_SeatsUnlimited, e.SeatsTaken))
        + (e.Waiting > 0 ? " · " + string.Format(Ui.Events_Waiting, e.Waiting) : "");
}
