using Quartz;

namespace CrmBlazor.Application.Recurring.Online;

/// <summary>The nightly « Collecte web »: imports what the web site dropped in the inbox folder.</summary>
[DisallowConcurrentExecution]
public sealed class OnlineGiftsJob(OnlineGiftInbox inbox) : IJob
{
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await inbox.RunAsync(cancellationToken);
        context.Result = result.Summary;
    }
}
