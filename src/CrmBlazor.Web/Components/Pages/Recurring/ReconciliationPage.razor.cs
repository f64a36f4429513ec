using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring.Reconciliation;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Recurring;

public partial class ReconciliationPage
{
    /// <summary>A month of statement lines or settlements is far smaller.</summary>
    private const long MaxBytes = 10 * 1024 * 1024;

    private ProviderFileKind _kind = ProviderFileKind.BankStatement;
    private bool _busy;
    private List<string>? _report;
    private Severity _reportSeverity;
    private MudDataGrid<MatchedSettlementRow>? _matched;
    private MudDataGrid<BankCreditRow>? _credits;
    private MudDataGrid<SettlementRow>? _settlements;
    private MudDataGrid<UnsettledInstalmentRow>? _instalments;

    [Inject] private ImportReconciliationFileHandler Import { get; set; } = default!;

    [Inject] private MatchSettlementsHandler Match { get; set; } = default!;

    [Inject] private ReconciliationListsHandler Lists { get; set; } = default!;

    private static string ChannelLabel(RecurringChannel channel) =>
        Ui.ResourceManager.GetString($"Reconciliation_Channel_{channel}", Ui.Culture) ?? channel.ToString();

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > MaxBytes)
        {
            Show(Severity.Error, [string.Format(Ui.Reconciliation_TooLarge, MaxBytes / (1024 * 1024))]);
            return;
        }

        _busy = true;
        try
        {
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            var result = await Import.HandleAsync(new ImportReconciliationFileCommand(_kind, file.Name, buffer.ToArray()));
            if (result.Succeeded)
            {
                var summary = result.Value!;
                Show(summary.Problems.Count == 0 ? Severity.Success : Severity.Warning,
                    [summary.Message, .. summary.Problems.Select(p => $"Ligne {p.Line} : {p.Reason}")]);
            }
            else
            {
                Show(Severity.Error, result.Errors);
            }

            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task MatchAsync()
    {
        _busy = true;
        try
        {
            var result = await Match.HandleAsync();
            Show(result.Succeeded ? Severity.Success : Severity.Error, result.Succeeded ? [result.Value!.Summary] : result.Errors);
            await ReloadAsync();
        }
        finally
        {
            _busy = false;
        }
    }

    private void Show(Severity severity, IEnumerable<string> lines)
    {
        _reportSeverity = severity;
        _report = lines.ToList();
    }

    private async Task ReloadAsync()
    {
        foreach (var reload in new[] { _matched?.ReloadServerData(), _credits?.ReloadServerData(), _settlements?.ReloadServerData(), _instalments?.ReloadServerData() })
        {
            if (reload is not null)
            {
                await reload;
            }
        }
    }

    private async Task<GridData<MatchedSettlementRow>> LoadMatchedAsync(GridState<MatchedSettlementRow> state, CancellationToken ct) =>
        Grid(await Lists.MatchedAsync(new PageRequest(state.Page, state.PageSize), ct));

    private async Task<GridData<BankCreditRow>> LoadCreditsAsync(GridState<BankCreditRow> state, CancellationToken ct) =>
        Grid(await Lists.UnmatchedCreditsAsync(new PageRequest(state.Page, state.PageSize), ct));

    private async Task<GridData<SettlementRow>> LoadSettlementsAsync(GridState<SettlementRow> state, CancellationToken ct) =>
        Grid(await Lists.UnmatchedSettlementsAsync(new PageRequest(state.Page, state.PageSize), ct));

    private async Task<GridData<UnsettledInstalmentRow>> LoadInstalmentsAsync(GridState<UnsettledInstalmentRow> state, CancellationToken ct) =>
        Grid(await Lists.UnsettledInstalmentsAsync(new PageRequest(state.Page, state.PageSize), ct));

    private static GridData<T> Grid<T>(PagedResult<T> page) => new() { Items = page.Items, TotalItems = page.TotalCount };
}
