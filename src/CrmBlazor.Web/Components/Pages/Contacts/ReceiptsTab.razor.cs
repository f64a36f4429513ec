using CrmBlazor.Domain.Contacts;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Web.Components.Receipts;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>Tab Reçus fiscaux: view, download, email again, cancel and replace.</summary>
public sealed partial class ReceiptsTab
{
    private MudDataGrid<ContactReceiptRow>? _grid;

    [Inject] private ContactReceiptsTabHandler Receipts { get; set; } = default!;

    [Inject] private IDialogService Dialogs { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override IReadOnlyCollection<string> Parts => [ContactParts.Receipts, ContactParts.Documents];

    protected override Task LoadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<GridData<ContactReceiptRow>> LoadPageAsync(GridState<ContactReceiptRow> state, CancellationToken ct)
    {
        var page = await Receipts.HandleAsync(ContactId, new PageRequest(state.Page, state.PageSize), ct);
        return new GridData<ContactReceiptRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task CancelAsync(ContactReceiptRow receipt)
    {
        var parameters = new DialogParameters<CancelReceiptDialog> { { d => d.Receipt, receipt } };
        var dialog = await Dialogs.ShowAsync<CancelReceiptDialog>(Ui.Receipt_CancelTitle, parameters);
        if (await dialog.Result is { Canceled: false, Data: string message })
        {
            Snackbar.Add(message, Severity.Success);
            await LoadAsync();
        }
    }

    private async Task EmailAsync(ContactReceiptRow receipt)
    {
        var parameters = new DialogParameters<EmailReceiptDialog> { { d => d.Receipt, receipt }, { d => d.ContactId, ContactId } };
        var dialog = await Dialogs.ShowAsync<EmailReceiptDialog>(Ui.Receipt_EmailTitle, parameters);
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(Ui.Receipt_EmailQueued, Severity.Success);
            await LoadAsync();
        }
    }
}
