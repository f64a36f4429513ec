namespace CrmBlazor.Domain.Contacts;

/// <summary>A row that belongs to one contact: its changes appear in that contact's journal and live updates.</summary>
public interface IContactOwned
{
    long ContactId { get; }

    /// <summary>The part of the record it changes, as the record page names it (<see cref="ContactParts"/>).</summary>
    string ContactPart { get; }
}

/// <summary>A row that links two contacts: both records hear of its changes (it is journaled on the first).</summary>
public interface IContactPair : IContactOwned
{
    long OtherContactId { get; }
}

/// <summary>The parts of a contact record that change independently and refresh on their own.</summary>
public static class ContactParts
{
    public const string Identity = "identity";
    public const string Markers = "markers";
    public const string Notepad = "notepad";
    public const string Memos = "memos";
    public const string Addresses = "addresses";
    public const string Phones = "phones";
    public const string Emails = "emails";
    public const string Codes = "codes";
    public const string Campaigns = "campaigns";
    public const string Payments = "payments";
    public const string Donations = "donations";
    public const string Orders = "orders";
    public const string Subscriptions = "subscriptions";
    public const string Receipts = "receipts";
    public const string Documents = "documents";
    public const string RecurringGifts = "recurring-gifts";
    public const string DirectDebits = "direct-debits";
    public const string Relations = "relations";
    public const string Legacy = "legacy";
    public const string Sponsorships = "sponsorships";
    public const string Petitions = "petitions";
    public const string Memberships = "memberships";
    public const string Events = "events";
    public const string Tags = "tags";
    public const string Groups = "groups";
    public const string CustomFields = "custom-fields";
    public const string EmailEngagement = "email-engagement";
}
