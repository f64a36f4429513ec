using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>The top of every screen about one contact: who, where, how to reach them, markers, alert and notepad.</summary>
public sealed record ContactHeaderView(
    long Id,
    long MemberNumber,
    ContactKind Kind,
    string DisplayName,
    ContactIdentity Identity,
    DateOnly? DeceasedOn,
    AddressView? MainAddress,
    IReadOnlyList<AddressView> OtherAddresses,
    IReadOnlyList<PhoneView> Phones,
    IReadOnlyList<EmailView> Emails,
    ContactMarkers Markers,
    string? SuspensionLabel,
    string? AlertMemo,
    string? Notepad,
    IReadOnlyList<ReceivedCampaignView> LastCampaigns)
{
    /// <summary>The membership chip: member until…, former member, awaiting payment; null when never a member.</summary>
    public Memberships.MembershipStanding? Membership { get; init; }
}

/// <summary>Who the contact is, as edited in one form.</summary>
public sealed record ContactIdentity(
    Civility? Civility, string? FirstName, string? LastName, DateOnly? BirthDate,
    string? OrganisationName, string? Siret, OrganisationKind? OrganisationKind, DateOnly EntryDate);

/// <summary>The markers as edited together: suspension, stop-promo, receipt preference.</summary>
public sealed record ContactMarkers(long? SuspensionCodeId, DateOnly? SuspendedOn, bool NoSolicitation, ReceiptPreference ReceiptPreference);

public sealed record AddressView(long Id, bool IsMain, PostalAddress Parts, DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<string> MailLines, uint Version);

public sealed record PhoneView(long Id, PhoneType Type, string Display, string E164, uint Version);

public sealed record EmailView(
    long Id, string Address, DateOnly EnteredOn, long OriginCampaignId, string OriginCampaignCode, string OriginCampaignName,
    EmailStatus Status, string? UnusableReason, DateOnly? UnusableSince, uint Version);

public sealed record ReceivedCampaignView(long CampaignId, string Code, string Name, CampaignChannel Channel, DateOnly ReceivedOn);

public sealed class ContactHeaderHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public const int LastCampaignsShown = 5;

    public async Task<ContactHeaderView?> HandleAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new
            {
                Contact = c,
                Suspension = db.SuspensionCodes.Where(s => s.Id == c.SuspensionCodeId).Select(s => s.Label).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(ct);
        if (contact is null)
        {
            return null;
        }

        var c = contact.Contact;
        var addresses = await db.ContactAddresses.AsNoTracking().Where(a => a.ContactId == contactId)
            .OrderByDescending(a => a.IsMain).ThenByDescending(a => a.ValidFrom).ToListAsync(ct);
        var phones = await db.ContactPhones.AsNoTracking().Where(p => p.ContactId == contactId).OrderBy(p => p.Id)
            .Select(p => new PhoneView(p.Id, p.Type, p.Display, p.E164, p.Version)).ToListAsync(ct);
        var emails = await EmailsAsync(db, contactId, ct);
        var campaigns = await db.CampaignReceptions.AsNoTracking().Where(r => r.ContactId == contactId)
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id).Take(LastCampaignsShown)
            .Join(db.Campaigns, r => r.CampaignId, k => k.Id, (r, k) => new ReceivedCampaignView(k.Id, k.Code, k.Name, k.Channel, r.ReceivedOn))
            .ToListAsync(ct);

        var views = addresses.Select(a => new AddressView(
            a.Id, a.IsMain, a.Parts, a.ValidFrom, a.ValidTo, MailingAddress.Lines(c.DisplayName, a.Parts), a.Version)).ToList();
        var membership = await Memberships.MembershipStandings.OfAsync(db, contactId, ct);
        return new ContactHeaderView(
            c.Id, c.MemberNumber, c.Kind, c.DisplayName, IdentityOf(c), c.DeceasedOn,
            views.FirstOrDefault(a => a.IsMain), views.Where(a => !a.IsMain).ToList(), phones, emails,
            MarkersOf(c), contact.Suspension, c.AlertMemo, c.Notepad, campaigns)
        {
            Membership = membership,
        };
    }

    internal static ContactIdentity IdentityOf(Contact c) =>
        new(c.Civility, c.FirstName, c.LastName, c.BirthDate, c.OrganisationName, c.Siret, c.OrganisationKind, c.EntryDate);

    internal static ContactMarkers MarkersOf(Contact c) => new(c.SuspensionCodeId, c.SuspendedOn, c.NoSolicitation, c.ReceiptPreference);

    internal static Task<List<EmailView>> EmailsAsync(AppDbContext db, long contactId, CancellationToken ct) =>
        db.ContactEmails.AsNoTracking().Where(e => e.ContactId == contactId)
            .OrderByDescending(e => e.Status == EmailStatus.Valid).ThenByDescending(e => e.EnteredOn).ThenBy(e => e.Id)
            .Join(db.Campaigns, e => e.OriginCampaignId, k => k.Id, (e, k) => new EmailView(
                e.Id, e.Address, e.EnteredOn, k.Id, k.Code, k.Name, e.Status, e.UnusableReason, e.UnusableSince, e.Version))
            .ToListAsync(ct);
}
