using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Components.Pages.Contacts;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Recurring;

/// <summary>Prélèvements: the mandates, the direct debits under each, and what can be done with them.</summary>
public sealed partial class DirectDebitsTab : ContactTabBase
{
    private MudDataGrid<MandateRow>? _grid;
    private IReadOnlyList<MandateRow> _usable = [];

    [Inject] private ContactDirectDebitsTabHandler DirectDebits { get; set; } = default!;
    [Inject] private RevokeMandateHandler Revoke { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override IReadOnlyCollection<string> Parts => [ContactParts.DirectDebits];

    protected override Task LoadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<GridData<MandateRow>> LoadPageAsync(GridState<MandateRow> state, CancellationToken ct)
    {
        var page = await DirectDebits.HandleAsync(ContactId, new PageRequest(state.Page, state.PageSize), ct);
        _usable = page.Items.Where(m => m.IsUsable).ToList();
        return new GridData<MandateRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task SignAsync()
    {
        if (await SignMandateDialog.ShowAsync(Dialogs, ContactId))
        {
            Snackbar.Add(Ui.Mandate_Signed, Severity.Success);
            await LoadAsync();
        }
    }

    private async Task StartAsync(MandateRow mandate)
    {
        if (await RecurringGiftDialog.ShowAsync(Dialogs, Ui.Mandate_NewDebit, ContactId, null, [RecurringChannel.DirectDebit], _usable, mandate.Id))
        {
            Snackbar.Add(Ui.Recurring_Started, Severity.Success);
            await LoadAsync();
        }
    }

    /// <summary>A direct debit may move to another mandate, or to a card or PayPal (the new gift then shows on « CB régulières »).</summary>
    private async Task ChangeAsync(RecurringGiftRow gift)
    {
        if (await RecurringGiftDialog.ShowAsync(
                Dialogs, Ui.Recurring_Change, ContactId, gift, [RecurringChannel.DirectDebit, RecurringChannel.Card, RecurringChannel.PayPal], _usable))
        {
            Snackbar.Add(Ui.Recurring_Changed, Severity.Success);
            await LoadAsync();
        }
    }

    private async Task RevokeAsync(MandateRow mandate)
    {
        var intro = string.Format(Ui.Mandate_RevokeIntro, mandate.Rum, mandate.Gifts.Count(g => g.IsRunning));
        if (await MoneyReasonDialog.AskAsync(Dialogs, Ui.Mandate_Revoke, intro, Ui.Mandate_Revoke,
                reason => Revoke.HandleAsync(new RevokeMandateCommand(mandate.Id, mandate.Version, reason))))
        {
            Snackbar.Add(Ui.Mandate_Revoked, Severity.Success);
            await LoadAsync();
        }
    }
}
