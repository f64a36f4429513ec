using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace CrmBlazor.Web.Recurring;

/// <summary>
/// POST /api/collecte/dons: the web site sends the gifts it collected (CSV or JSON, docs/formats/online-gifts.md).
/// No staff session here: the caller proves itself with the API key whose SHA-256 is configured, and nothing else
/// (a staff cookie included) opens this door.
/// </summary>
public static class OnlineGiftEndpoints
{
    public const string Path = "/api/collecte/dons";

    /// <summary>A day's gifts fit easily; anything bigger is not what the web site sends.</summary>
    public const int MaxBytes = 10 * 1024 * 1024;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static void MapOnlineGiftEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, async (HttpContext http, OnlineGiftImporter importer, ActorContext actor, IOptions<OnlineGiftOptions> options, TimeProvider clock, CancellationToken ct) =>
            {
                if (!HasValidKey(http.Request.Headers.Authorization.ToString(), options.Value.OnlineApiKeySha256))
                {
                    http.Response.Headers.WWWAuthenticate = "Bearer";
                    return Results.Json(new { error = "Clé d'API absente ou invalide." }, Json, statusCode: StatusCodes.Status401Unauthorized);
                }

                var extension = MediaTypeHeaderValue.TryParse(http.Request.ContentType, out var type) ? type.MediaType.Value switch
                {
                    "text/csv" => "csv",
                    "application/json" => "json",
                    _ => null,
                } : null;
                if (extension is null)
                {
                    return Results.Json(new { error = "Envoyez du text/csv ou de l'application/json." }, Json, statusCode: StatusCodes.Status415UnsupportedMediaType);
                }

                var content = await ReadBodyAsync(http.Request, ct);
                if (content is null)
                {
                    return Results.Json(new { error = $"Le fichier dépasse {MaxBytes / 1024 / 1024} Mo." }, Json, statusCode: StatusCodes.Status413PayloadTooLarge);
                }

                actor.Current = Actor.System("collecte web (API)");
                var name = $"api-{clock.GetUtcNow().ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}.{extension}";
                var summary = await importer.ImportAsync(name, content, ct);
                return Results.Json(
                    summary, Json, statusCode: summary.Status == OnlineImportStatus.Unreadable ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK);
            })
            .AllowAnonymous()
            .DisableAntiforgery();
    }

    /// <summary>« Bearer &lt;key&gt; » whose SHA-256 equals the configured hex, compared in constant time.</summary>
    public static bool HasValidKey(string authorization, string? expectedSha256Hex)
    {
        if (string.IsNullOrWhiteSpace(expectedSha256Hex) || !authorization.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        byte[] expected;
        try
        {
            expected = Convert.FromHexString(expectedSha256Hex.Trim());
        }
        catch (FormatException)
        {
            return false;
        }

        var key = authorization["Bearer ".Length..].Trim();
        var actual = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        return key.Length > 0 && expected.Length == actual.Length && CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
