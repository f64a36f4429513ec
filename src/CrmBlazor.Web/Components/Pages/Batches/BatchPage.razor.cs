using CrmBlazor.Application.Batches;
using CrmBlazor.Web.Common;
using CrmBlazor.Web.Resources;
using CrmBlazor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Batches;

public sealed partial class BatchPage
{
    private BatchView? _view;
    private bool _missing;
    private bool _busy;

    [Parameter] public long Id { get; set; }

    [Inject] private BatchDetailHandler Detail { get; set; } = default!;
    [Inject] private ValidateBatchHandler Validate { get; set; } = default!;
    [Inject] private IAuthorizationService Authorization { get; set; } = default!;
    [Inject] private AuthenticationStateProvider Authentication { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    /// <summary>« 1 encaissement », « 3 encaissements ».</summary>
    internal static string PaymentsText(int count) =>
        string.Format(Math.Abs(count) == 1 ? Ui.Batch_PaymentsOne : Ui.Batch_PaymentsMany, Display.Number(count));

    /// <summary>What is left to enter, or how far the entries are from the announced bundle.</summary>
    internal static string BalanceText(BatchRow batch) => batch switch
    {
        { Matches: true } => Ui.Batch_BalanceMatches,
        { MissingCount: >= 0, MissingTotal: >= 0 } => string.Format(Ui.Batch_BalanceRemaining, PaymentsText(batch.MissingCount), Euros(batch.MissingTotal)),
        _ => string.Format(Ui.Batch_BalanceGap, Signed(-batch.MissingCount, Display.Number(Math.Abs(batch.MissingCount))),
            Signed(-batch.MissingTotal, Euros(Math.Abs(batch.MissingTotal)))),
    };

    /// <summary>An amount never split from its « € » at the end of a line.</summary>
    private static string Euros(decimal amount) => Display.Money(amount).Replace(' ', '\u00A0');

    protected override Task OnParametersSetAsync() => LoadAsync();

    private static string Signed(decimal difference, string magnitude) => difference switch
    {
        > 0 => $"+{magnitude}",
        < 0 => $"−{magnitude}",
        _ => magnitude,
    };

    private async Task LoadAsync()
    {
        _view = await Detail.HandleAsync(Id);
        _missing = _view is null;
    }

    private async Task ChangeExpectationsAsync()
    {
        var parameters = new DialogParameters<BatchExpectationsDialog> { { d => d.Batch, _view!.Batch } };
        var dialog = await Dialogs.ShowAsync<BatchExpectationsDialog>(Ui.Batch_ChangeExpectations, parameters, new DialogOptions { MaxWidth = MaxWidth.ExtraSmall, FullWidth = true });
        if (await dialog.Result is { Canceled: false })
        {
            Snackbar.Add(Ui.Batch_ExpectationsSaved, Severity.Success);
            await LoadAsync();
        }
    }

    private async Task ValidateAsync()
    {
        var batch = _view!.Batch;
        var user = (await Authentication.GetAuthenticationStateAsync()).User;
        if (!(await Authorization.AuthorizeAsync(user, StaffPolicies.Supervisor)).Succeeded)
        {
            Snackbar.Add(Ui.Batch_SupervisorOnly, Severity.Error);
            return;
        }

        var confirmed = await Dialogs.ShowMessageBoxAsync(
            Ui.Batch_Validate, string.Format(Ui.Batch_ConfirmValidate, batch.Number, PaymentsText(batch.EnteredCount), Display.Money(batch.EnteredTotal)),
            Ui.Batch_Validate, cancelText: Ui.Common_Cancel);
        if (confirmed != true)
        {
            return;
        }

        _busy = true;
        var result = await Validate.HandleAsync(new ValidateBatchCommand(batch.Id, batch.Version));
        _busy = false;
        if (result.Succeeded)
        {
            Snackbar.Add(string.Format(Ui.Batch_Validated, result.Value!.Number, result.Value.CollectedDonations), Severity.Success);
        }
        else
        {
            Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
        }

        await LoadAsync();
    }
}
