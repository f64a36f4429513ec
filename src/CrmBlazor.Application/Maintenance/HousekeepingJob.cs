using Quartz;

namespace CrmBlazor.Application.Maintenance;

[DisallowConcurrentExecution]
public sealed class HousekeepingJob(Housekeeping housekeeping) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await housekeeping.RunAsync(cancellationToken);
        context.Result = result.Summary;
    }
}
