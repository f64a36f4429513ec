using CrmBlazor.Application.Common;
using CrmBlazor.Application.Donations;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>Dons: the gifts with what was really collected on top; cancel, refund or mark unpaid with a reason.</summary>
public sealed partial class DonationsTab
{
    private MudDataGrid<DonationRow>? _grid;
    private DonationTotals? _totals;

    /// <summary>What the « Reçu » column shows for a gift; by default <see cref="DonationReceiptCell"/>.</summary>
    [Parameter] public RenderFragment<DonationRow>? ReceiptCell { get; set; }

    [Inject] private ContactDonationsTabHandler Donations { get; set; } = default!;
    [Inject] private ChangeDonationStatusHandler ChangeStatus { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override IReadOnlyCollection<string> Parts => [ContactParts.Donations, ContactParts.Receipts];

    protected override async Task LoadAsync()
    {
        _totals = await Donations.TotalsAsync(ContactId);
        if (_grid is not null)
        {
            await _grid.ReloadServerData();
        }
    }

    /// <summary>The moves the donation's rules allow from a status, so the menu never offers a refused one.</summary>
    public static IEnumerable<DonationChange> Changes(DonationStatus status) => status switch
    {
        DonationStatus.Collected => [DonationChange.Refund, DonationChange.MarkUnpaid, DonationChange.Cancel],
        DonationStatus.Pending => [DonationChange.MarkUnpaid, DonationChange.Cancel],
        DonationStatus.Unpaid => [DonationChange.Cancel],
        _ => [],
    };

    private static string ChangeLabel(DonationChange change) => change switch
    {
        DonationChange.Refund => Ui.DonationsTab_Refund,
        DonationChange.MarkUnpaid => Ui.DonationsTab_MarkUnpaid,
        _ => Ui.DonationsTab_Cancel,
    };

    private async Task<GridData<DonationRow>> LoadPageAsync(GridState<DonationRow> state, CancellationToken ct)
    {
        var page = await Donations.HandleAsync(ContactId, new PageRequest(state.Page, state.PageSize), ct);
        return new GridData<DonationRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task ChangeAsync(DonationRow donation, DonationChange change)
    {
        var intro = string.Format(Ui.DonationsTab_ChangeIntro, Display.Money(donation.Amount), Display.Date(donation.DonatedOn));
        var done = await MoneyReasonDialog.AskAsync(Dialogs, ChangeLabel(change), intro, ChangeLabel(change),
            reason => ChangeStatus.HandleAsync(new ChangeDonationStatusCommand(donation.Id, donation.Version, change, reason)));
        if (done)
        {
            Snackbar.Add(Ui.DonationsTab_Changed, Severity.Success);
            await LoadAsync();
        }
    }
}
