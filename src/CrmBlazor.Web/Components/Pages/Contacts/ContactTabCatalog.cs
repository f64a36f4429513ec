using CrmBlazor.Application.Contacts;
using CrmBlazor.Web.Components.Pages.Recurring;
using CrmBlazor.Web.Resources;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>The groups of the record's lower half, as in the TOPDON record.</summary>
public enum ContactTabGroup
{
    Financial,
    Behavioural,
    Documentary,
    Summary,
}

/// <summary>One tab: its group, its title, the count on it, and the component that loads it when opened.</summary>
public sealed record ContactTab(string Key, ContactTabGroup Group, Func<string> Title, Func<ContactTabCounts, int> Count, Type Component);

/// <summary>Every tab of the record. A later feature adds its tab here; the page needs no change.</summary>
public static class ContactTabCatalog
{
    public static IReadOnlyList<ContactTab> All { get; } =
    [
        new("dons", ContactTabGroup.Financial, () => Ui.ContactTab_Donations, c => c.Donations, typeof(DonationsTab)),
        new("encaissements", ContactTabGroup.Financial, () => Ui.ContactTab_Payments, c => c.Payments, typeof(PaymentsTab)),
        new("commandes", ContactTabGroup.Financial, () => Ui.ContactTab_Orders, c => c.Orders, typeof(OrdersTab)),
        new("abonnements", ContactTabGroup.Financial, () => Ui.ContactTab_Subscriptions, c => c.Subscriptions, typeof(SubscriptionsTab)),
        new(RecurringTabs.Gifts, ContactTabGroup.Financial, () => Ui.ContactTab_RecurringGifts, c => c.RecurringGifts, typeof(RecurringGiftsTab)),
        new(RecurringTabs.DirectDebits, ContactTabGroup.Financial, () => Ui.ContactTab_DirectDebits, c => c.Mandates, typeof(DirectDebitsTab)),
        new("adhesions", ContactTabGroup.Financial, () => Ui.ContactTab_Memberships, c => c.Memberships, typeof(MembershipsTab)),
        new("recus", ContactTabGroup.Financial, () => Ui.ContactTab_Receipts, c => c.Receipts, typeof(ReceiptsTab)),
        new("parrainages", ContactTabGroup.Financial, () => Ui.ContactTab_Sponsorships, c => c.Sponsorships, typeof(SponsorshipsTab)),
        new("mobilisations", ContactTabGroup.Behavioural, () => Ui.ContactTab_Petitions, c => c.Signatures, typeof(PetitionsTab)),
        new("evenements", ContactTabGroup.Behavioural, () => Ui.ContactTab_Events, c => c.Events, typeof(EventsTab)),
        new("comportements-email", ContactTabGroup.Behavioural, () => Ui.ContactTab_EmailEngagement, c => c.EmailEvents, typeof(EmailEngagementTab)),
        new("documents", ContactTabGroup.Documentary, () => Ui.ContactTab_Documents, c => c.Documents, typeof(DocumentsTab)),
        new("campagnes", ContactTabGroup.Documentary, () => Ui.ContactTab_Campaigns, c => c.CampaignsReceived, typeof(CampaignsTab)),
        new("journal", ContactTabGroup.Documentary, () => Ui.ContactTab_Journal, c => c.JournalRows, typeof(JournalTab)),
        new("membre", ContactTabGroup.Summary, () => Ui.ContactTab_Member, c => c.MemberCodes, typeof(MemberTab)),
        new("relations", ContactTabGroup.Summary, () => Ui.ContactTab_Relations, c => c.Relations, typeof(RelationsTab)),
        new("infos", ContactTabGroup.Summary, () => Ui.ContactTab_Infos, c => c.Memos, typeof(InfosTab)),
        new("synthese", ContactTabGroup.Summary, () => Ui.ContactTab_Synthesis, c => c.CollectedGifts, typeof(SynthesisTab)),
    ];

    public const string DefaultTab = "membre";

    public static string GroupTitle(ContactTabGroup group) => group switch
    {
        ContactTabGroup.Financial => Ui.ContactGroup_Financial,
        ContactTabGroup.Behavioural => Ui.ContactGroup_Behavioural,
        ContactTabGroup.Documentary => Ui.ContactGroup_Documentary,
        _ => Ui.ContactGroup_Summary,
    };
}
