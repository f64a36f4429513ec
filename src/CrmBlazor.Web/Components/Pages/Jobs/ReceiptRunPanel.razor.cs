using CrmBlazor.Application.Common;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Jobs;

/// <summary>
/// « Reçus fiscaux » on the Traitements page: start a year's run, follow it live (whichever server executes it
/// announces every chunk), cancel it, and find past runs with their print files.
/// </summary>
public sealed partial class ReceiptRunPanel
{
    private IReadOnlyList<ReceiptRunView>? _runs;
    private IDisposable? _subscription;
    private ReceiptKind _kind = ReceiptKind.Annual;
    private int _year;
    private int _latestYear;
    private bool _starting;
    private int _refreshes;

    [Inject] private ReceiptRunsOverviewHandler Overview { get; set; } = default!;
    [Inject] private StartReceiptRunHandler Start { get; set; } = default!;
    [Inject] private CancelReceiptRunHandler Cancel { get; set; } = default!;
    [Inject] private IChangeNotifier Notifier { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>Where the lead's document endpoint serves a stored file.</summary>
    internal static string ContentPath(long documentId) => $"/documents/{documentId}/contenu";

    protected override async Task OnInitializedAsync()
    {
        _latestYear = ParisTime.Today(Clock).Year;
        // In January the year to receipt is the one that just ended.
        _year = _latestYear - 1;
        _subscription = Notifier.Subscribe(ReceiptRunTopics.AllRuns, OnRunChangedAsync);
        await RefreshAsync();
    }

    // Notices arrive on the notifier's thread, one per chunk and print file: only the latest refresh may show its result.
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
        var runs = await Overview.HandleAsync();
        if (ticket != _refreshes)
        {
            return false;
        }

        _runs = runs;
        return true;
    }

    private async Task StartAsync()
    {
        _starting = true;
        try
        {
            var result = await Start.HandleAsync(new StartReceiptRunCommand(_kind, _year));
            if (result.Succeeded)
            {
                Snackbar.Add(string.Format(Ui.ReceiptRuns_StartedNotice, ReceiptRunLabels.Of(_kind), _year), Severity.Info);
                await RefreshAsync();
            }
            else
            {
                Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
            }
        }
        finally
        {
            _starting = false;
        }
    }

    private async Task CancelAsync(ReceiptRunView run)
    {
        var result = await Cancel.HandleAsync(new CancelReceiptRunCommand(run.Id));
        if (result.Succeeded)
        {
            Snackbar.Add(Ui.ReceiptRuns_CancelNotice, Severity.Warning);
            await RefreshAsync();
        }
        else
        {
            Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
        }
    }

    private static string Title(ReceiptRunView run) => $"{ReceiptRunLabels.Of(run.Kind)} {run.Year}";

    private static string Counts(ReceiptRunView run) => string.Format(
        Ui.ReceiptRuns_Counts, Display.Number(run.DonorsDone), Display.Number(run.DonorsPlanned), Display.Number(run.ReceiptsIssued),
        Display.Number(run.EmailsQueued), Display.Number(run.Printed));

    private static Color ColorOf(ReceiptRunStatus status) => status switch
    {
        ReceiptRunStatus.Completed => Color.Success,
        ReceiptRunStatus.Failed => Color.Error,
        ReceiptRunStatus.Cancelled => Color.Warning,
        _ => Color.Info,
    };

    public void Dispose() => _subscription?.Dispose();
}
