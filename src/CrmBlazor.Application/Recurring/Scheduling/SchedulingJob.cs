using System.Globalization;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Jobs;
using CrmBlazor.Infrastructure.Journal;
using Quartz;

namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>
/// The scheduling run as a Quartz job: on the 1st of each month at 02:00 Paris for that month, or for the month a
/// Superviseur confirmed after the preview (in the job data). One at a time in the cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class SchedulingJob(SchedulingRunService runs, ActorContext actor, TimeProvider clock) : IJob
{
    public const string MonthKey = "month";
    public const string ActorIdKey = "actorId";
    public const string ActorNameKey = "actorName";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        actor.Current = data.TryGetString(ActorNameKey, out var name) && name is not null
            ? new Actor(data.TryGetString(ActorIdKey, out var id) && id is { Length: > 0 } ? id : null, name)
            : Actor.System("échéancement");
        var month = data.TryGetString(MonthKey, out var text)
            && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var given)
                ? given
                : ParisTime.Today(clock);
        var result = await runs.RunAsync(month, cancellationToken);
        context.Result = result.Succeeded ? result.Value!.Summary : string.Join(" ", result.Errors);
        if (!result.Succeeded)
        {
            throw new JobExecutionException(string.Join(" ", result.Errors));
        }
    }

    public static JobDataMap DataFor(DateOnly month, Actor startedBy) => new()
    {
        [MonthKey] = new DateOnly(month.Year, month.Month, 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [ActorIdKey] = startedBy.UserId ?? "",
        [ActorNameKey] = startedBy.Name,
        [JobDataKeys.TriggeredBy] = startedBy.Name,
    };
}
