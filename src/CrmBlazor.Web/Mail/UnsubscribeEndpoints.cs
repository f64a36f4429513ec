using System.Net;
using CrmBlazor.Application.Mail;

namespace CrmBlazor.Web.Mail;

/// <summary>
/// The unsubscribe link of an email: the only page open without sign-in besides the sign-in pages. Its readers
/// are donors, not staff; the signed token is the whole authority, and all it can do is stop email appeals for
/// the one contact it names (a harmless, idempotent change). GET only shows a confirmation button, so that mail
/// scanners that pre-fetch links unsubscribe nobody; the POST (also RFC 8058 one-click) does it.
/// </summary>
public static class UnsubscribeEndpoints
{
    public static void MapUnsubscribeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(UnsubscribeTokens.PathPrefix + "{token}", (string token, UnsubscribeTokens tokens) =>
                tokens.Read(token) is null
                    ? Page(HttpStatusCode.NotFound, "Lien de désinscription invalide", "<p>Ce lien n'est pas valide. Recopiez-le en entier depuis le courriel.</p>")
                    : Page(HttpStatusCode.OK, "Se désinscrire", $"""
                        <p>Vous ne recevrez plus nos appels par email. Les reçus fiscaux et les documents que vous demandez restent envoyés.</p>
                        <form method="post" action="{UnsubscribeTokens.PathPrefix}{WebUtility.HtmlEncode(token)}">
                          <button type="submit" data-testid="unsubscribe-confirm">Confirmer la désinscription</button>
                        </form>
                        """))
            .AllowAnonymous();

        endpoints.MapPost(UnsubscribeTokens.PathPrefix + "{token}", async (string token, UnsubscribeByLinkHandler handler, CancellationToken ct) =>
                await handler.HandleAsync(new UnsubscribeByLink(token), ct)
                    ? Page(HttpStatusCode.OK, "Désinscription enregistrée", "<p>C'est fait : vous ne recevrez plus nos appels par email.</p>")
                    : Page(HttpStatusCode.NotFound, "Lien de désinscription invalide", "<p>Ce lien n'est pas valide.</p>"))
            .AllowAnonymous()
            .DisableAntiforgery();
    }

    private static IResult Page(HttpStatusCode status, string title, string body) =>
        Results.Content(
            $"""
             <!DOCTYPE html>
             <html lang="fr"><head><meta charset="utf-8"><meta name="robots" content="noindex"><title>{title}</title></head>
             <body style="font-family: sans-serif; max-width: 40em; margin: 3em auto"><h1>{title}</h1>{body}</body></html>
             """,
            "text/html; charset=utf-8",
            statusCode: (int)status);
}
