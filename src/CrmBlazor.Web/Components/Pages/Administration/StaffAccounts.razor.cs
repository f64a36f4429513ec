using CrmBlazor.Application.Common;
using CrmBlazor.Application.Staff;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Administration;

public sealed partial class StaffAccounts
{
    private MudDataGrid<StaffAccountRow> _grid = default!;
    private string? _search;
    private DateTimeOffset _now;

    [Inject] private ListStaffAccountsHandler List { get; set; } = default!;
    [Inject] private ChangeStaffRoleHandler ChangeRole { get; set; } = default!;
    [Inject] private SetStaffAccountEnabledHandler SetEnabled { get; set; } = default!;
    [Inject] private ResetStaffTwoFactorHandler ResetTwoFactor { get; set; } = default!;
    [Inject] private RequireStaffPasswordChangeHandler RequirePasswordChange { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private TimeProvider Clock { get; set; } = default!;

    private async Task<GridData<StaffAccountRow>> LoadAsync(GridState<StaffAccountRow> state, CancellationToken ct)
    {
        _now = Clock.GetUtcNow();
        var page = await List.HandleAsync(new ListStaffAccountsQuery(_search, new PageRequest(state.Page, state.PageSize)), ct);
        return new GridData<StaffAccountRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task SearchAsync(string? text)
    {
        _search = text;
        return _grid.ReloadServerData();
    }

    private async Task CreateAsync()
    {
        var dialog = await Dialogs.ShowAsync<CreateStaffAccountDialog>(Ui.Staff_Create, new DialogOptions { MaxWidth = MaxWidth.Small, FullWidth = true });
        var result = await dialog.Result;
        if (result is { Canceled: false, Data: CreatedAccountNotice notice })
        {
            await Dialogs.ShowMessageBoxAsync(
                Ui.Staff_CreatedTitle, string.Format(Ui.Staff_CreatedText, notice.Email, notice.TemporaryPassword), Ui.Common_Ok);
            await _grid.ReloadServerData();
        }
    }

    private Task ChangeRoleAsync(StaffAccountRow account, string role) =>
        ConfirmAndRunAsync(
            string.Format(Ui.Staff_ConfirmRole, account.DisplayName, role),
            () => ChangeRole.HandleAsync(new ChangeStaffRoleCommand(account.Id, role, account.ConcurrencyStamp)),
            Ui.Staff_RoleChanged);

    private Task ToggleEnabledAsync(StaffAccountRow account) =>
        ConfirmAndRunAsync(
            string.Format(account.IsDisabled ? Ui.Staff_ConfirmEnable : Ui.Staff_ConfirmDisable, account.DisplayName),
            () => SetEnabled.HandleAsync(new SetStaffAccountEnabledCommand(account.Id, account.IsDisabled, account.ConcurrencyStamp)),
            account.IsDisabled ? Ui.Staff_Enabled : Ui.Staff_Disabled);

    private Task ResetTwoFactorAsync(StaffAccountRow account) =>
        ConfirmAndRunAsync(
            string.Format(Ui.Staff_ConfirmResetTwoFactor, account.DisplayName),
            () => ResetTwoFactor.HandleAsync(new ResetStaffTwoFactorCommand(account.Id, account.ConcurrencyStamp)),
            Ui.Staff_TwoFactorReset);

    private async Task RequirePasswordChangeAsync(StaffAccountRow account)
    {
        var choice = await Dialogs.ShowMessageBoxAsync(
            Ui.Staff_RequirePasswordChange,
            string.Format(Ui.Staff_ConfirmPasswordChange, account.DisplayName),
            yesText: Ui.Staff_PasswordKeep,
            noText: Ui.Staff_PasswordIssueTemporary,
            cancelText: Ui.Common_Cancel);
        if (choice is null)
        {
            return;
        }

        var issueTemporary = choice == false;
        var result = await RequirePasswordChange.HandleAsync(new RequireStaffPasswordChangeCommand(account.Id, account.ConcurrencyStamp, issueTemporary));
        if (!result.Succeeded)
        {
            Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
        }
        else if (result.Value is { } temporary)
        {
            await Dialogs.ShowMessageBoxAsync(Ui.Staff_TemporaryPasswordTitle, string.Format(Ui.Staff_TemporaryPasswordText, account.Email, temporary), Ui.Common_Ok);
        }
        else
        {
            Snackbar.Add(Ui.Staff_PasswordChangeRequired, Severity.Success);
        }

        await _grid.ReloadServerData();
    }

    private async Task ConfirmAndRunAsync(string question, Func<Task<CommandResult>> command, string success)
    {
        var confirmed = await Dialogs.ShowMessageBoxAsync(Ui.Common_Confirm, question, Ui.Common_Yes, cancelText: Ui.Common_Cancel);
        if (confirmed != true)
        {
            return;
        }

        var result = await command();
        Snackbar.Add(result.Succeeded ? success : string.Join(" ", result.Errors), result.Succeeded ? Severity.Success : Severity.Error);
        await _grid.ReloadServerData();
    }
}
