using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Quartz;

namespace CrmBlazor.Application.Memberships;

/// <summary>Each morning: membership statuses follow the date, then the renewal requests and reminders due today go out.</summary>
[DisallowConcurrentExecution]
public sealed class MembershipsDailyJob(MembershipStatusRefresh statuses, MembershipReminderBatches reminders, ActorContext actor) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        actor.Current = Actor.System("suivi des adhésions");
        var changed = await statuses.RunAsync(cancellationToken);
        var sent = await reminders.RunAsync(cancellationToken);
        context.Result = $"{changed} statut(s) d'adhésion mis à jour, {sent.Emails} relance(s) par courriel, {sent.Letters} par courrier.";
    }
}
