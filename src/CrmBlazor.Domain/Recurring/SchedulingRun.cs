namespace CrmBlazor.Domain.Recurring;

public enum SchedulingRunStatus
{
    Running,
    Completed,
    Failed,
}

/// <summary>One execution of the monthly scheduling run (échéancement) and what it created.</summary>
public sealed class SchedulingRun
{
    public const int SummaryMaxLength = 2000;

    private SchedulingRun()
    {
    }

    public long Id { get; private set; }

    /// <summary>The first day of the month whose due dates the run takes (and any earlier one missed).</summary>
    public DateOnly Month { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public string StartedBy { get; private set; } = "";

    public SchedulingRunStatus Status { get; private set; }

    public int Instalments { get; private set; }

    public decimal Total { get; private set; }

    public int SepaTransactions { get; private set; }

    public int Suspended { get; private set; }

    public string? Summary { get; private set; }

    public static SchedulingRun Start(DateOnly month, DateTimeOffset at, string by) => new()
    {
        Month = new DateOnly(month.Year, month.Month, 1),
        StartedAt = at,
        StartedBy = by,
        Status = SchedulingRunStatus.Running,
    };

    public void Complete(int instalments, decimal total, int sepaTransactions, int suspended, string summary, DateTimeOffset at)
    {
        Instalments = instalments;
        Total = total;
        SepaTransactions = sepaTransactions;
        Suspended = suspended;
        Summary = summary.Length <= SummaryMaxLength ? summary : summary[..SummaryMaxLength];
        Status = SchedulingRunStatus.Completed;
        FinishedAt = at;
    }

    public void Fail(string summary, DateTimeOffset at)
    {
        Summary = summary.Length <= SummaryMaxLength ? summary : summary[..SummaryMaxLength];
        Status = SchedulingRunStatus.Failed;
        FinishedAt = at;
    }
}
