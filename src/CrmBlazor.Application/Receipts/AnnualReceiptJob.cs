using System.Globalization;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Jobs;
using CrmBlazor.Infrastructure.Journal;
using Quartz;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// The receipt run as a Quartz job: in January for the previous year's annual receipts, or for the run a
/// Superviseur started (its id in the job data). One receipt run at a time in the whole cluster.
/// </summary>
[DisallowConcurrentExecution]
public sealed class AnnualReceiptJob(ReceiptRunService runs, ActorContext actor, TimeProvider clock) : IJob
{
    public const string RunIdKey = "receiptRunId";
    public const string ActorIdKey = "actorId";
    public const string ActorNameKey = "actorName";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var data = context.MergedJobDataMap;
        actor.Current = data.TryGetString(ActorNameKey, out var name) && name is not null
            ? new Actor(data.TryGetString(ActorIdKey, out var id) && id is { Length: > 0 } ? id : null, name)
            : Actor.System("reçus fiscaux annuels");

        long runId;
        if (data.TryGetString(RunIdKey, out var text) && long.TryParse(text, CultureInfo.InvariantCulture, out var given))
        {
            runId = given;
        }
        else
        {
            // The January schedule: last year's annual receipts.
            var started = await runs.StartAsync(ReceiptKind.Annual, ParisTime.Today(clock).Year - 1, cancellationToken);
            if (!started.Succeeded)
            {
                context.Result = string.Join(" ", started.Errors);
                return;
            }

            runId = started.Value;
        }

        var outcome = await runs.RunAsync(runId, cancellationToken);
        context.Result = outcome.Summary;
        if (outcome.Status == ReceiptRunStatus.Cancelled)
        {
            // Recorded as « Annulé » in job_runs, like a job stopped by a shutdown.
            throw new OperationCanceledException(outcome.Summary);
        }
    }

    /// <summary>The job data of a run started from the Traitements page.</summary>
    public static JobDataMap DataFor(long runId, Actor startedBy) => new()
    {
        [RunIdKey] = runId.ToString(CultureInfo.InvariantCulture),
        [ActorIdKey] = startedBy.UserId ?? "",
        [ActorNameKey] = startedBy.Name,
        [JobDataKeys.TriggeredBy] = startedBy.Name,
    };
}
