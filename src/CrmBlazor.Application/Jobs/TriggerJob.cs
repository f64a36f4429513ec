using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Jobs;
using CrmBlazor.Infrastructure.Journal;
using Quartz;

namespace CrmBlazor.Application.Jobs;

public sealed record TriggerJobCommand(string JobName);

/// <summary>Runs a job now, on whichever server of the cluster picks it up; the run is recorded like any other.</summary>
public sealed class TriggerJobHandler(ISchedulerFactory schedulers, ActorContext actor, JournalWriter journal)
{
    public async Task<CommandResult> HandleAsync(TriggerJobCommand command, CancellationToken ct = default)
    {
        if (JobCatalog.Find(command.JobName) is null)
        {
            return CommandResult.Fail(Messages.Jobs_Unknown);
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var data = new JobDataMap { [JobDataKeys.TriggeredBy] = actor.Current.Name };
        await scheduler.TriggerJob(new JobKey(command.JobName), data, ct);
        await journal.RecordAsync(JournalAction.JobTriggered, "jobs", command.JobName, null, ct);
        return CommandResult.Ok;
    }
}
