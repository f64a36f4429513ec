using CrmBlazor.Domain.Journal;

namespace CrmBlazor.Domain.Jobs;

/// <summary>One execution of a scheduled job, on whichever node of the cluster fired it.</summary>
[NotJournaled]
public sealed class JobRun
{
    public const int JobNameMaxLength = 100;
    public const int FireInstanceIdMaxLength = 100;
    public const int NodeMaxLength = 200;
    public const int MessageMaxLength = 2000;

    private JobRun()
    {
    }

    public long Id { get; private set; }

    public string JobName { get; private set; } = "";

    /// <summary>Quartz's id of this firing; unique, so recording a run twice is impossible.</summary>
    public string FireInstanceId { get; private set; } = "";

    public string Node { get; private set; } = "";

    public string TriggeredBy { get; private set; } = "";

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public JobOutcome Outcome { get; private set; }

    public string? Message { get; private set; }

    public TimeSpan? Duration => FinishedAt - StartedAt;

    public static JobRun Start(string jobName, string fireInstanceId, string node, string triggeredBy, DateTimeOffset at) =>
        new()
        {
            JobName = jobName,
            FireInstanceId = fireInstanceId,
            Node = Truncate(node, NodeMaxLength),
            TriggeredBy = Truncate(triggeredBy, Actor.NameMaxLength),
            StartedAt = at.ToUniversalTime(),
            Outcome = JobOutcome.Running,
        };

    public void Finish(JobOutcome outcome, DateTimeOffset at, string? message)
    {
        if (Outcome != JobOutcome.Running)
        {
            throw new InvalidOperationException($"Job run {FireInstanceId} already finished as {Outcome}.");
        }

        if (outcome == JobOutcome.Running)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome), "A run finishes with a final outcome.");
        }

        Outcome = outcome;
        FinishedAt = at.ToUniversalTime() < StartedAt ? StartedAt : at.ToUniversalTime();
        Message = message is null ? null : Truncate(message, MessageMaxLength);
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
