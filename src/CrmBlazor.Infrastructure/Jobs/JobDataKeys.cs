namespace CrmBlazor.Infrastructure.Jobs;

/// <summary>Keys of the job data map. Only strings go there (ids, names), never objects.</summary>
public static class JobDataKeys
{
    /// <summary>Who asked for a manual run; absent when the schedule fired the job.</summary>
    public const string TriggeredBy = "triggeredBy";
}
