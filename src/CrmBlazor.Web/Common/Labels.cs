using CrmBlazor.Domain.Jobs;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Web.Resources;

namespace CrmBlazor.Web.Common;

/// <summary>French names for codes stored in English (enum values, table names), from the resource file.</summary>
public static class Labels
{
    public static string Of(JournalAction action) => Lookup($"JournalAction_{action}", action.ToString());

    public static string Of(JobOutcome outcome) => Lookup($"JobOutcome_{outcome}", outcome.ToString());

    public static string EntityType(string entityType) => Lookup($"EntityType_{entityType}", entityType);

    private static string Lookup(string key, string fallback) => Ui.ResourceManager.GetString(key, Ui.Culture) ?? fallback;
}
