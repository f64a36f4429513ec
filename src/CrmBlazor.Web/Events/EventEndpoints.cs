using System.Net.Mime;
using CrmBlazor.Application.Events;
using CrmBlazor.Web.Security;

namespace CrmBlazor.Web.Events;

/// <summary>The participant list of an event as a CSV download (signed-in staff).</summary>
public static class EventEndpoints
{
    public static void MapEventEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/evenements/{id:long}/participants.csv", async (long id, EventParticipantsHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var file = await handler.ExportAsync(id, ct);
                if (file is not { } export)
                {
                    return Results.NotFound();
                }

                http.Response.Headers.ContentDisposition = new ContentDisposition { FileName = export.FileName }.ToString();
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(export.Content, "text/csv; charset=utf-8");
            })
            .RequireAuthorization(StaffPolicies.Operator);
    }
}
