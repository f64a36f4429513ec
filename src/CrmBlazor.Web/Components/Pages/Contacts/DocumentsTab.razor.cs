using CrmBlazor.Domain.Contacts;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Documents;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>Documents (GED): what was generated for, sent to or received from the contact; upload a scanned file.</summary>
public sealed partial class DocumentsTab
{
    private MudDataGrid<ContactDocumentRow>? _grid;
    private string? _title;
    private bool _uploading;

    [Inject] private ContactDocumentsHandler Documents { get; set; } = default!;

    [Inject] private UploadDocumentHandler Upload { get; set; } = default!;

    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override IReadOnlyCollection<string> Parts => [ContactParts.Documents, ContactParts.Receipts];

    protected override Task LoadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task<GridData<ContactDocumentRow>> LoadPageAsync(GridState<ContactDocumentRow> state, CancellationToken ct)
    {
        var page = await Documents.HandleAsync(ContactId, new PageRequest(state.Page, state.PageSize), ct);
        return new GridData<ContactDocumentRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private async Task UploadAsync(IBrowserFile? file)
    {
        if (file is null)
        {
            return;
        }

        if (file.Size > Domain.Documents.Document.MaxUploadBytes)
        {
            Snackbar.Add(string.Format(Ui.Document_TooLarge, Domain.Documents.Document.MaxUploadBytes / (1024 * 1024)), Severity.Error);
            return;
        }

        _uploading = true;
        try
        {
            using var buffer = new MemoryStream();
            await using (var stream = file.OpenReadStream(Domain.Documents.Document.MaxUploadBytes))
            {
                await stream.CopyToAsync(buffer);
            }

            var title = string.IsNullOrWhiteSpace(_title) ? Path.GetFileNameWithoutExtension(file.Name) : _title;
            var result = await Upload.HandleAsync(new UploadDocument(ContactId, title, file.Name, file.ContentType, buffer.ToArray()));
            if (result.Succeeded)
            {
                _title = null;
                Snackbar.Add(Ui.Document_Uploaded, Severity.Success);
                await LoadAsync();
            }
            else
            {
                Snackbar.Add(string.Join(" ", result.Errors), Severity.Error);
            }
        }
        finally
        {
            _uploading = false;
        }
    }
}
