using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>Encaissements: every payment with what it paid for; a wrong one is cancelled with its lines, then entered again.</summary>
public sealed partial class PaymentsTab
{
    private MudDataGrid<PaymentRow>? _grid;

    [Inject] private ContactPaymentsTabHandler Payments { get; set; } = default!;
    [Inject] private CancelPaymentHandler Cancel { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override IReadOnlyCollection<string> Parts =>
        [ContactParts.Payments, ContactParts.Donations, ContactParts.Orders, ContactParts.Subscriptions];

    protected override Task LoadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    /// <summary>« Don 50,00 € · Commande 30,00 € ».</summary>
    public static string PaidFor(PaymentRow payment) =>
        string.Join(" · ", payment.PaidFor.Select(p => $"{EnumLabels.Of(p.Kind)} {Display.Money(p.Amount)}"));

    private async Task<GridData<PaymentRow>> LoadPageAsync(GridState<PaymentRow> state, CancellationToken ct)
    {
        var page = await Payments.HandleAsync(ContactId, new PageRequest(state.Page, state.PageSize), ct);
        return new GridData<PaymentRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task CancelAsync(PaymentRow payment)
    {
        var intro = string.Format(Ui.PaymentsTab_CancelIntro, Display.Money(payment.Amount), Display.Date(payment.ReceivedOn), PaidFor(payment));
        var done = await MoneyReasonDialog.AskAsync(Dialogs, Ui.PaymentsTab_Cancel, intro, Ui.PaymentsTab_Cancel,
            reason => Cancel.HandleAsync(new CancelPaymentCommand(payment.Id, payment.Version, reason)));
        if (done)
        {
            Snackbar.Add(Ui.PaymentsTab_Cancelled, Severity.Success);
            await LoadAsync();
        }
    }
}
