using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Components.Pages.Contacts;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Recurring;

/// <summary>Impayés: the Superviseur decides each unpaid instalment; expiring cards are listed for a call to the donor.</summary>
public sealed partial class UnpaidPage
{
    private MudDataGrid<UnpaidRow> _grid = default!;

    [Inject] private UnpaidQueueHandler Queue { get; set; } = default!;
    [Inject] private ExpiringCardsHandler ExpiringCards { get; set; } = default!;
    [Inject] private DecideUnpaidHandler Decide { get; set; } = default!;
    [Inject] private NoteUnpaidCallHandler NoteCall { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>The record, on the tab that shows the gift.</summary>
    internal static string RecordUrl(long contactId, RecurringChannel channel) =>
        $"/contacts/{contactId}?onglet={(channel == RecurringChannel.DirectDebit ? RecurringTabs.DirectDebits : RecurringTabs.Gifts)}";

    private static string Describe(UnpaidRow row) =>
        string.Format(Ui.Unpaid_Describe, Display.Money(row.Amount), Display.Date(row.DueOn), row.ContactName);

    private async Task<GridData<UnpaidRow>> LoadUnpaidAsync(GridState<UnpaidRow> state, CancellationToken ct)
    {
        var page = await Queue.HandleAsync(new PageRequest(state.Page, state.PageSize), ct);
        return new GridData<UnpaidRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task<GridData<ExpiringCardRow>> LoadExpiringAsync(GridState<ExpiringCardRow> state, CancellationToken ct)
    {
        var page = await ExpiringCards.HandleAsync(new PageRequest(state.Page, state.PageSize), ct);
        return new GridData<ExpiringCardRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task PostponeAsync(UnpaidRow row) =>
        ShowAsync(Decide.HandleAsync(new DecideUnpaidCommand(row.InstalmentId, row.Version, UnpaidDecision.Postpone)), Ui.Unpaid_Postponed);

    private Task KeepSuspendedAsync(UnpaidRow row) =>
        ShowAsync(Decide.HandleAsync(new DecideUnpaidCommand(row.InstalmentId, row.Version, UnpaidDecision.KeepSuspended)), Ui.Unpaid_KeptSuspended);

    private async Task StopAsync(UnpaidRow row)
    {
        if (await MoneyReasonDialog.AskAsync(Dialogs, Ui.Unpaid_Stop, string.Format(Ui.Unpaid_StopIntro, Describe(row)), Ui.Unpaid_Stop,
                reason => Decide.HandleAsync(new DecideUnpaidCommand(row.InstalmentId, row.Version, UnpaidDecision.StopGift, reason))))
        {
            Snackbar.Add(Ui.Unpaid_Stopped, Severity.Success);
            await _grid.ReloadServerData();
        }
    }

    private async Task NoteAsync(UnpaidRow row)
    {
        if (await TextNoteDialog.AskAsync(Dialogs, Ui.Unpaid_NoteCall, Describe(row), Ui.Unpaid_Note, Ui.Unpaid_NoteCall,
                note => NoteCall.HandleAsync(new NoteUnpaidCallCommand(row.InstalmentId, row.Version, note))))
        {
            Snackbar.Add(Ui.Unpaid_Noted, Severity.Success);
            await _grid.ReloadServerData();
        }
    }

    private async Task ShowAsync(Task<CommandResult> decision, string done)
    {
        var result = await decision;
        if (result.Succeeded)
        {
            Snackbar.Add(done, Severity.Success);
        }
        else
        {
            Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
        }

        await _grid.ReloadServerData();
    }
}
