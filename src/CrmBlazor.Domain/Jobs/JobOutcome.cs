namespace CrmBlazor.Domain.Jobs;

public enum JobOutcome
{
    Running,
    Succeeded,
    Failed,
    Cancelled,
}
