using CrmBlazor.Domain.Jobs;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace CrmBlazor.Infrastructure.Jobs;

/// <summary>
/// Records every job execution in <c>job_runs</c> (start, end, outcome) and announces it,
/// so the Traitements page of every server shows runs from the whole cluster as they happen.
/// </summary>
public sealed class JobRunListener(IServiceScopeFactory scopes, TimeProvider clock) : IJobListener
{
    public const string Topic = "jobs";

    public string Name => nameof(JobRunListener);

    public async ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(cancellationToken);
        await using (db)
        {
            var triggeredBy = context.MergedJobDataMap.TryGetString(JobDataKeys.TriggeredBy, out var who) && who is not null
                ? who
                : "Planification";
            var run = JobRun.Start(
                context.JobDetail.Key.Name, context.FireInstanceId, context.Scheduler.SchedulerInstanceId, triggeredBy, clock.GetUtcNow());
            db.JobRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        await Announce(scope, context, cancellationToken);
    }

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(
        IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var (outcome, message) = Classify(context, jobException);
        await using var scope = scopes.CreateAsyncScope();
        var db = await scope.ServiceProvider.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync(CancellationToken.None);
        await using (db)
        {
            // Recording the end must not be skipped because the job was cancelled.
            var run = await db.JobRuns.SingleOrDefaultAsync(r => r.FireInstanceId == context.FireInstanceId, CancellationToken.None);
            if (run is null || run.Outcome != JobOutcome.Running)
            {
                return;
            }

            run.Finish(outcome, clock.GetUtcNow(), message);
            await db.SaveChangesAsync(CancellationToken.None);
        }

        await Announce(scope, context, CancellationToken.None);
    }

    public ValueTask JobProgressChanged(
        IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken = default) =>
        ValueTask.CompletedTask;

    private static (JobOutcome Outcome, string? Message) Classify(IJobExecutionContext context, JobExecutionException? exception)
    {
        if (exception is null)
        {
            return (JobOutcome.Succeeded, context.Result as string);
        }

        var root = exception.InnerException ?? exception;
        return root is OperationCanceledException
            ? (JobOutcome.Cancelled, "Interrompu")
            : (JobOutcome.Failed, root.Message);
    }

    private static Task Announce(AsyncServiceScope scope, IJobExecutionContext context, CancellationToken ct)
    {
        var notifier = scope.ServiceProvider.GetRequiredService<IChangeNotifier>();
        var actor = scope.ServiceProvider.GetRequiredService<ActorContext>().Current;
        return notifier.PublishAsync(new ChangeNotice(Topic, context.JobDetail.Key.Name, actor == Actor.Anonymous ? null : actor.Name), ct);
    }
}
