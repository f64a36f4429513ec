using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Contacts;

/// <summary>
/// Anyone in the base — a person or an organisation — with the markers, notepad and memos that
/// staff read at a glance. Addresses, phones and emails are rows of their own.
/// </summary>
public sealed class Contact
{
    private Contact()
    {
    }

    public long Id { get; private set; }

    /// <summary>The number staff and donors quote; given by the database, never reused.</summary>
    public long MemberNumber { get; private set; }

    public ContactKind Kind { get; private set; }

    public Civility? Civility { get; private set; }

    public string? FirstName { get; private set; }

    public string? LastName { get; private set; }

    public DateOnly? BirthDate { get; private set; }

    public DateOnly? DeceasedOn { get; private set; }

    public string? OrganisationName { get; private set; }

    public string? Siret { get; private set; }

    public OrganisationKind? OrganisationKind { get; private set; }

    public DateOnly EntryDate { get; private set; }

    public long OriginCampaignId { get; private set; }

    public long? SuspensionCodeId { get; private set; }

    public DateOnly? SuspendedOn { get; private set; }

    public bool NoSolicitation { get; private set; }

    public ReceiptPreference ReceiptPreference { get; private set; }

    /// <summary>
    /// The stop-promo for email alone: the day the contact unsubscribed from email appeals (link in a campaign
    /// email or the platform's unsubscribe). Receipts and what the contact asked for still go by email.
    /// </summary>
    public DateOnly? EmailAppealsStoppedOn { get; private set; }

    /// <summary>Whether an email appeal may go to this contact: no stop-promo (general or email), not suspended.</summary>
    public bool AcceptsEmailAppeals => !NoSolicitation && EmailAppealsStoppedOn is null && SuspensionCodeId is null;

    public string? Notepad { get; private set; }

    public string? GeneralMemo { get; private set; }

    public string? AlertMemo { get; private set; }

    public string? LegacyMemo { get; private set; }

    public string? PortalMessage { get; private set; }

    /// <summary>PostgreSQL's row version (xmin), checked on every save.</summary>
    public uint Version { get; private set; }

    public bool IsDeceased => DeceasedOn is not null;

    public string DisplayName => ContactNames.Display(Kind, Civility, FirstName, LastName, OrganisationName);

    public static Contact NewPerson(
        long memberNumber, Civility? civility, string? firstName, string lastName, DateOnly entryDate, long originCampaignId)
    {
        var contact = new Contact
        {
            MemberNumber = memberNumber,
            Kind = ContactKind.Person,
            EntryDate = entryDate,
            OriginCampaignId = originCampaignId,
            ReceiptPreference = ReceiptPreference.PerGift,
        };
        contact.RenamePerson(civility, firstName, lastName);
        return contact;
    }

    public static Contact NewOrganisation(
        long memberNumber, string name, string? siret, OrganisationKind kind, DateOnly entryDate, long originCampaignId)
    {
        var contact = new Contact
        {
            MemberNumber = memberNumber,
            Kind = ContactKind.Organisation,
            EntryDate = entryDate,
            OriginCampaignId = originCampaignId,
            ReceiptPreference = ReceiptPreference.PerGift,
        };
        contact.RenameOrganisation(name, siret, kind);
        return contact;
    }

    public void RenamePerson(Civility? civility, string? firstName, string lastName)
    {
        if (Kind != ContactKind.Person)
        {
            throw new DomainException("Une organisation n'a ni civilité ni prénom.");
        }

        Civility = civility;
        FirstName = Clean(firstName);
        LastName = Clean(lastName) ?? throw new DomainException("Le nom est obligatoire.");
    }

    public void RenameOrganisation(string name, string? siret, OrganisationKind kind)
    {
        if (Kind != ContactKind.Organisation)
        {
            throw new DomainException("Une personne n'a ni raison sociale ni SIRET.");
        }

        OrganisationName = Clean(name) ?? throw new DomainException("La raison sociale est obligatoire.");
        Siret = Clean(siret)?.Replace(" ", "", StringComparison.Ordinal);
        OrganisationKind = kind;
    }

    public void SetBirthDate(DateOnly? birthDate) => BirthDate = birthDate;

    public void SetEntryDate(DateOnly entryDate) => EntryDate = entryDate;

    /// <summary>Records the death; the contact is suspended with the « décédé » code from that day.</summary>
    public void RecordDeath(DateOnly on, long deceasedSuspensionCodeId)
    {
        DeceasedOn = on;
        Suspend(deceasedSuspensionCodeId, on);
    }

    public void Suspend(long suspensionCodeId, DateOnly since)
    {
        SuspensionCodeId = suspensionCodeId;
        SuspendedOn = since;
    }

    public void LiftSuspension()
    {
        SuspensionCodeId = null;
        SuspendedOn = null;
    }

    public void SetMarkers(bool noSolicitation, ReceiptPreference receiptPreference)
    {
        NoSolicitation = noSolicitation;
        ReceiptPreference = receiptPreference;
    }

    /// <summary>An unsubscribe: kept from its first day, so a second unsubscribe changes nothing.</summary>
    public void StopEmailAppeals(DateOnly on) => EmailAppealsStoppedOn ??= on;

    public void ResumeEmailAppeals() => EmailAppealsStoppedOn = null;

    public void EditNotepad(string? text) => Notepad = Clean(text);

    public void EditMemos(ContactMemos memos)
    {
        GeneralMemo = Clean(memos.General);
        AlertMemo = Clean(memos.Alert);
        LegacyMemo = Clean(memos.Legacy);
        PortalMessage = Clean(memos.PortalMessage);
    }

    public ContactMemos Memos => new(GeneralMemo, AlertMemo, LegacyMemo, PortalMessage);

    /// <summary>Which part of the record a changed column belongs to, for live updates.</summary>
    public static string PartOf(string property) => property switch
    {
        nameof(Notepad) => ContactParts.Notepad,
        nameof(GeneralMemo) or nameof(AlertMemo) or nameof(LegacyMemo) or nameof(PortalMessage) => ContactParts.Memos,
        nameof(SuspensionCodeId) or nameof(SuspendedOn) or nameof(NoSolicitation) or nameof(ReceiptPreference) or nameof(EmailAppealsStoppedOn) => ContactParts.Markers,
        _ => ContactParts.Identity,
    };

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

/// <summary>The four memos: general, alert (shown on every entry screen), legacy, and the donor portal message.</summary>
public sealed record ContactMemos(string? General, string? Alert, string? Legacy, string? PortalMessage);
