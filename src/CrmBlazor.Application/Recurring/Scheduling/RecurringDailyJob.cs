using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Quartz;

namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>The nightly follow-up of SEPA debits and mandates; the work is <see cref="RecurringFollowUp"/>.</summary>
[DisallowConcurrentExecution]
public sealed class RecurringDailyJob(RecurringFollowUp followUp, ActorContext actor) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        actor.Current = Actor.System("suivi des dons réguliers");
        var outcome = await followUp.RunAsync(cancellationToken);
        context.Result = $"{outcome.DebitsSettled} prélèvement(s) encaissé(s), {outcome.MandatesLapsed} mandat(s) caduc(s), {outcome.GiftsStopped} don(s) régulier(s) arrêté(s).";
    }
}
