using System.Globalization;
using System.Security.Cryptography;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Mail;

/// <summary>
/// The token of an unsubscribe link: the contact's id sealed with Data Protection (keys in PostgreSQL), so it
/// cannot be guessed or altered, and names nobody to whoever reads it. Old keys stay readable, so a link in an
/// old email keeps working.
/// </summary>
public sealed class UnsubscribeTokens(IDataProtectionProvider provider)
{
    public const string PathPrefix = "/desinscription/";

    private readonly IDataProtector _protector = provider.CreateProtector("CrmBlazor.Mail.Unsubscribe.v1");

    public string For(long contactId) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(BitConverter.GetBytes(contactId)));

    public string Link(string baseUrl, long contactId) => $"{baseUrl.TrimEnd('/')}{PathPrefix}{For(contactId)}";

    public long? Read(string token)
    {
        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            return bytes.Length == sizeof(long) ? BitConverter.ToInt64(bytes) : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}

/// <summary>Someone followed the unsubscribe link of an email: the contact's email stop-promo, from today.</summary>
public sealed record UnsubscribeByLink(string Token);

public sealed class UnsubscribeByLinkHandler(IDbContextFactory<AppDbContext> dbFactory, UnsubscribeTokens tokens, ActorContext actor, TimeProvider clock)
{
    /// <summary>False when the token is not one of ours (altered, truncated) or its contact is gone.</summary>
    public async Task<bool> HandleAsync(UnsubscribeByLink command, CancellationToken ct = default)
    {
        if (tokens.Read(command.Token) is not { } contactId)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contact = await db.Contacts.SingleOrDefaultAsync(c => c.Id == contactId, ct);
        if (contact is null)
        {
            return false;
        }

        actor.Current = Actor.System("lien de désinscription");
        contact.StopEmailAppeals(ParisTime.Today(clock));
        await db.SaveChangesAsync(ct);
        return true;
    }

}
