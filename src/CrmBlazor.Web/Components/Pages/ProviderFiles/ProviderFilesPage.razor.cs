using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.ProviderFiles;

/// <summary>
/// « Fichiers des prestataires »: a supervisor imports PayZen's journal, PayPal's activity download or the bank's
/// SEPA returns, reads what the import did and which lines it could not use, and finds every past import again.
/// </summary>
public sealed partial class ProviderFilesPage
{
    /// <summary>The files a supervisor imports here; statements and settlements belong to reconciliation.</summary>
    private static readonly ProviderFileKind[] Kinds = [ProviderFileKind.PayZenJournal, ProviderFileKind.PayPalActivity, ProviderFileKind.SepaReturn];

    private MudDataGrid<ProviderImportRow> _grid = default!;
    private ProviderFileKind _kind = ProviderFileKind.PayZenJournal;
    private ChosenFile? _file;
    private bool _busy;
    private string? _error;
    private ProviderImportReport? _report;
    private ProviderImportRow? _shown;
    private IReadOnlyList<ImportProblem> _shownProblems = [];

    [Inject] private ImportProviderFileHandler Import { get; set; } = default!;

    [Inject] private ListProviderImportsHandler List { get; set; } = default!;

    [Inject] private ProviderImportProblemsHandler ProblemsOf { get; set; } = default!;

    private async Task<GridData<ProviderImportRow>> LoadAsync(GridState<ProviderImportRow> state, CancellationToken ct)
    {
        var page = await List.HandleAsync(new ListProviderImportsQuery(new PageRequest(state.Page, state.PageSize)), ct);
        return new GridData<ProviderImportRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task ChooseAsync(IBrowserFile? file)
    {
        _error = null;
        _report = null;
        if (file is null)
        {
            return;
        }

        if (file.Size > ImportProviderFileCommand.MaxBytes)
        {
            _file = null;
            _error = string.Format(Ui.ProviderFile_TooLarge, ImportProviderFileCommand.MaxBytes / (1024 * 1024));
            return;
        }

        _busy = true;
        try
        {
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(ImportProviderFileCommand.MaxBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            _file = new ChosenFile(file.Name, buffer.ToArray());
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ImportAsync()
    {
        if (_file is not { } file)
        {
            return;
        }

        _busy = true;
        _error = null;
        _report = null;
        try
        {
            var result = await Import.HandleAsync(new ImportProviderFileCommand(_kind, file.Name, file.Content));
            if (result.Succeeded)
            {
                _report = result.Value;
                _file = null;
                await _grid.ReloadServerData();
            }
            else
            {
                _error = string.Join(" ", result.Errors);
            }
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ShowProblemsAsync(ProviderImportRow row)
    {
        _shownProblems = await ProblemsOf.HandleAsync(row.Id);
        _shown = row;
    }

    private sealed record ChosenFile(string Name, byte[] Content);
}
