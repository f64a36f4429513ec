using CrmBlazor.Application.Campaigns;
using CrmBlazor.Application.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Campaigns;

public sealed partial class CampaignsPage
{
    private MudDataGrid<CampaignRow> _grid = default!;
    private string? _search;
    private bool _includeClosed;

    [Inject] private ListCampaignsHandler List { get; set; } = default!;
    [Inject] private CloseCampaignHandler CloseCampaign { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    private async Task<GridData<CampaignRow>> LoadAsync(GridState<CampaignRow> state, CancellationToken ct)
    {
        var page = await List.HandleAsync(new ListCampaignsQuery(_search, _includeClosed, new PageRequest(state.Page, state.PageSize)), ct);
        return new GridData<CampaignRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task SearchAsync(string? text)
    {
        _search = text;
        return _grid.ReloadServerData();
    }

    private Task ShowClosedAsync(bool includeClosed)
    {
        _includeClosed = includeClosed;
        return _grid.ReloadServerData();
    }

    private Task CreateAsync() => OpenDialogAsync(null, Ui.Campaigns_Create, Ui.Campaigns_Created);

    private Task EditAsync(CampaignRow campaign) => OpenDialogAsync(campaign, Ui.Campaigns_Edit, Ui.Campaigns_Saved);

    private async Task OpenDialogAsync(CampaignRow? campaign, string title, string success)
    {
        var parameters = new DialogParameters<CampaignDialog> { { d => d.Campaign, campaign } };
        var dialog = await Dialogs.ShowAsync<CampaignDialog>(title, parameters, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: string code })
        {
            Snackbar.Add(string.Format(success, code), Severity.Success);
            await _grid.ReloadServerData();
        }
    }

    private async Task CloseAsync(CampaignRow campaign)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Ui.Campaigns_Close, string.Format(Ui.Campaigns_ConfirmClose, campaign.Code, campaign.Name), Ui.Campaigns_Close, cancelText: Ui.Common_Cancel);
        if (confirmed == true)
        {
            await RunAsync(new CloseCampaignCommand(campaign.Id, campaign.Version, Close: true), string.Format(Ui.Campaigns_Closed, campaign.Code));
        }
    }

    private Task ReopenAsync(CampaignRow campaign) =>
        RunAsync(new CloseCampaignCommand(campaign.Id, campaign.Version, Close: false), string.Format(Ui.Campaigns_Reopened, campaign.Code));

    private async Task RunAsync(CloseCampaignCommand command, string success)
    {
        var result = await CloseCampaign.HandleAsync(command);
        Snackbar.Add(result.Succeeded ? success : string.Join(" ", result.Errors), result.Succeeded ? Severity.Success : Severity.Error);
        await _grid.ReloadServerData();
    }
}
