using CrmBlazor.Application.Common;
using CrmBlazor.Application.Jobs;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Quartz;

namespace CrmBlazor.Application.Recurring.Scheduling;

public sealed record PreviewSchedulingQuery(DateOnly Month);

/// <summary>The run's plan for a month, computed from the database as the run itself will compute it.</summary>
public sealed class PreviewSchedulingHandler(SchedulingRunService runs)
{
    public Task<SchedulingPreview> HandleAsync(PreviewSchedulingQuery query, CancellationToken ct = default) => runs.PreviewAsync(query.Month, ct);
}

/// <summary>A Superviseur confirmed the preview: the run goes to whichever server's scheduler picks it up.</summary>
public sealed record StartSchedulingRunCommand(DateOnly Month);

public sealed class StartSchedulingRunHandler(ISchedulerFactory schedulers, ActorContext actor, JournalWriter journal)
{
    public async Task<CommandResult> HandleAsync(StartSchedulingRunCommand command, CancellationToken ct = default)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(ct);
            await scheduler.TriggerJob(new JobKey(JobCatalog.Scheduling.Name), SchedulingJob.DataFor(command.Month, actor.Current), ct);
        }
        catch (SchedulerException)
        {
            return CommandResult.Fail(Messages.Scheduling_NotScheduled);
        }

        await journal.RecordAsync(
            JournalAction.JobTriggered, "jobs", JobCatalog.Scheduling.Name, string.Format(Messages.Scheduling_StartedDetail, $"{command.Month:MM/yyyy}"), ct);
        return CommandResult.Ok;
    }
}
