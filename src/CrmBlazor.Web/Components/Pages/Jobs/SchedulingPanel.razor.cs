using CrmBlazor.Application.Recurring.Scheduling;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Jobs;

/// <summary>
/// « Échéancement » on the Traitements page: a Superviseur previews what the run will create for a month — counts
/// and totals per channel, SEPA sequences, expired cards, open unpaid — then confirms; the runs list follows live.
/// </summary>
public sealed partial class SchedulingPanel
{
    private IReadOnlyList<SchedulingRunView>? _runs;
    private IReadOnlyList<DateOnly> _months = [];
    private SchedulingPreview? _preview;
    private IDisposable? _subscription;
    private DateOnly _month;
    private bool _busy;
    private int _refreshes;

    [Inject] private SchedulingRunsOverviewHandler Overview { get; set; } = default!;
    [Inject] private PreviewSchedulingHandler Preview { get; set; } = default!;
    [Inject] private StartSchedulingRunHandler Start { get; set; } = default!;
    [Inject] private IChangeNotifier Notifier { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        var today = ParisTime.Today(Clock);
        _month = new DateOnly(today.Year, today.Month, 1);
        // This month, or a past month a run missed (the run catches up earlier due dates anyway).
        _months = Enumerable.Range(0, 6).Select(i => _month.AddMonths(-i)).ToList();
        _subscription = Notifier.Subscribe(SchedulingRunService.Topic, OnRunChangedAsync);
        await RefreshAsync();
    }

    private Task OnRunChangedAsync(ChangeNotice notice) => InvokeAsync(async () =>
    {
        if (await RefreshAsync())
        {
            StateHasChanged();
        }
    });

    private async Task<bool> RefreshAsync()
    {
        var ticket = ++_refreshes;
        var runs = await Overview.HandleAsync(new SchedulingRunsQuery());
        if (ticket != _refreshes)
        {
            return false;
        }

        _runs = runs;
        return true;
    }

    private void MonthChanged(DateOnly month)
    {
        _month = month;
        _preview = null;
    }

    private async Task PreviewAsync()
    {
        _busy = true;
        try
        {
            _preview = await Preview.HandleAsync(new PreviewSchedulingQuery(_month));
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task RunAsync()
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Ui.Scheduling_ConfirmTitle,
            string.Format(Ui.Scheduling_ConfirmText, Display.Number(_preview!.Instalments), Display.Money(_preview.Total), Display.Month(_month)),
            yesText: Ui.Scheduling_Run,
            cancelText: Ui.Common_Cancel);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        try
        {
            var result = await Start.HandleAsync(new StartSchedulingRunCommand(_month));
            if (result.Succeeded)
            {
                Snackbar.Add(string.Format(Ui.Scheduling_StartedNotice, Display.Month(_month)), Severity.Info);
                _preview = null;
                await RefreshAsync();
            }
            else
            {
                Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private static Color ColorOf(SchedulingRunStatus status) => status switch
    {
        SchedulingRunStatus.Completed => Color.Success,
        SchedulingRunStatus.Failed => Color.Error,
        _ => Color.Info,
    };

    public void Dispose() => _subscription?.Dispose();
}
