using CrmBlazor.Application.Jobs;
using CrmBlazor.Infrastructure.Jobs;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Jobs;

public sealed partial class JobsPage
{
    private readonly HashSet<string> _starting = [];
    private JobsOverview? _overview;
    private IDisposable? _subscription;
    private int _refreshes;

    [Inject] private JobsOverviewHandler Overview { get; set; } = default!;
    [Inject] private TriggerJobHandler Trigger { get; set; } = default!;
    [Inject] private IChangeNotifier Notifier { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        // Subscribed first, so that a run ending during the first load is not missed.
        _subscription = Notifier.Subscribe(JobRunListener.Topic, OnJobChangedAsync);
        await RefreshAsync();
    }

    // Runs on the notifier's thread: the refresh goes through the renderer's dispatcher. Notices come in
    // bursts (start, end): only the latest refresh may show its result, or a slower earlier query could
    // overwrite the end of a run with its start.
    private Task OnJobChangedAsync(ChangeNotice notice) => InvokeAsync(async () =>
    {
        _starting.Remove(notice.Payload ?? "");
        if (await RefreshAsync())
        {
            StateHasChanged();
        }
    });

    private async Task<bool> RefreshAsync()
    {
        var ticket = ++_refreshes;
        var overview = await Overview.HandleAsync();
        if (ticket != _refreshes)
        {
            return false;
        }

        _overview = overview;
        return true;
    }

    private async Task RunNowAsync(string jobName)
    {
        _starting.Add(jobName);
        var result = await Trigger.HandleAsync(new TriggerJobCommand(jobName));
        if (result.Succeeded)
        {
            Snackbar.Add(string.Format(Ui.Jobs_Started_Notice, TitleOf(jobName)), Severity.Info);
        }
        else
        {
            _starting.Remove(jobName);
            Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
        }
    }

    private static string TitleOf(string jobName) => JobCatalog.Find(jobName)?.Title() ?? jobName;

    public void Dispose() => _subscription?.Dispose();
}
