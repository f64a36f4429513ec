using System.Net.Mime;
using CrmBlazor.Application.Documents;
using CrmBlazor.Web.Security;

namespace CrmBlazor.Web.Documents;

/// <summary>The one door for a document's bytes: signed-in staff only, and every download is recorded.</summary>
public static class DocumentEndpoints
{
    public static string ContentPath(long documentId) => $"/documents/{documentId}/contenu";

    public static void MapDocumentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/documents/{id:long}/contenu", async (long id, DownloadDocumentHandler handler, HttpContext http, CancellationToken ct) =>
            {
                var file = await handler.HandleAsync(id, ct);
                if (file is null)
                {
                    return Results.NotFound();
                }

                // PDFs and images open in the browser's viewer; other files download.
                var inline = file.ContentType is MediaTypeNames.Application.Pdf || file.ContentType.StartsWith("image/", StringComparison.Ordinal);
                var disposition = new ContentDisposition { FileName = file.FileName, Inline = inline };
                http.Response.Headers.ContentDisposition = disposition.ToString();
                http.Response.Headers.CacheControl = "no-store";
                return Results.File(file.Content, file.ContentType);
            })
            .RequireAuthorization(StaffPolicies.Operator);
    }
}
