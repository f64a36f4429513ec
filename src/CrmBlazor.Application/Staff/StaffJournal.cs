namespace CrmBlazor.Application.Staff;

/// <summary>How staff events are filed in the journal: under the staff accounts table, keyed by user id.</summary>
public static class StaffJournal
{
    public const string EntityType = "staff_users";
}
