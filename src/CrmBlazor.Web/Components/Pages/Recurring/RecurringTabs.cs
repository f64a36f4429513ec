namespace CrmBlazor.Web.Components.Pages.Recurring;

/// <summary>The record's keys (« ?onglet= ») of the recurring-giving tabs.</summary>
public static class RecurringTabs
{
    public const string Gifts = "cb-regulieres";
    public const string DirectDebits = "prelevements";
}
