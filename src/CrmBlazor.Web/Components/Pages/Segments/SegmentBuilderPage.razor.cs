using CrmBlazor.Application.Common;
using CrmBlazor.Application.Segments;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Segments;

/// <summary>
/// The criteria builder: a saved segment (<c>/segments/{id}</c>), a new one, or the advanced search (<c>/recherche</c>,
/// an unsaved segment). The count follows the criteria as they are edited, debounced, and always from the database.
/// </summary>
public partial class SegmentBuilderPage : IDisposable
{
    /// <summary>How long the builder waits after the last edit before counting again.</summary>
    private static readonly TimeSpan CountDelay = TimeSpan.FromMilliseconds(400);

    private static readonly ResultColumn[] DefaultColumns =
        [ResultColumn.MemberNumber, ResultColumn.Name, ResultColumn.PostalCode, ResultColumn.City, ResultColumn.LastGiftOn, ResultColumn.LifetimeTotal];

    private MudDataGrid<SegmentContactRow>? _grid;
    private CriteriaChoices? _choices;
    private SegmentCriteria? _criteria;
    private CancellationTokenSource? _pending;
    private long? _count;
    private bool _counting;
    private bool _busy;
    private IReadOnlyList<string> _problems = [];
    private IReadOnlyList<string> _errors = [];
    private string? _name;
    private string? _description;
    private uint _version;
    private HashSet<ResultColumn> _columns = [.. DefaultColumns];
    private IReadOnlyList<FieldProfileRow> _profiles = [];
    private long? _profileId;
    private string? _profileName;
    private ResultSort _sort;
    private bool _descending;

    [Parameter] public long? Id { get; set; }

    [Inject] private CriteriaChoicesHandler ChoicesHandler { get; set; } = default!;
    [Inject] private CountSegmentHandler Counter { get; set; } = default!;
    [Inject] private SearchSegmentHandler Search { get; set; } = default!;
    [Inject] private GetSegmentHandler Segments { get; set; } = default!;
    [Inject] private SaveSegmentHandler Saver { get; set; } = default!;
    [Inject] private DeleteSegmentHandler Deleter { get; set; } = default!;
    [Inject] private ListFieldProfilesHandler Profiles { get; set; } = default!;
    [Inject] private SaveFieldProfileHandler ProfileSaver { get; set; } = default!;
    [Inject] private NavigationManager Navigation { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;

    private string Title => Id is not null ? _name ?? Ui.Segments_Title
        : Navigation.Uri.Contains("/recherche", StringComparison.Ordinal) ? Ui.Segment_AdvancedSearch : Ui.Segment_New;

    protected override async Task OnParametersSetAsync()
    {
        _choices = await ChoicesHandler.HandleAsync();
        _profiles = await Profiles.HandleAsync();
        _criteria = SegmentCriteria.Empty();
        if (Id is { } id)
        {
            if (await Segments.HandleAsync(id) is not { } segment)
            {
                _errors = [Ui.Segment_NotFound];
                return;
            }

            _criteria = segment.Criteria;
            _name = segment.Name;
            _description = segment.Description;
            _version = segment.Version;
        }

        await CountAsync(CancellationToken.None);
    }

    private bool Hidden(ResultColumn column) => !_columns.Contains(column);

    /// <summary>Every edit restarts the wait; only the last edit's count runs, and an older one still running is cancelled.</summary>
    private Task CriteriaChangedAsync()
    {
        _pending?.Cancel();
        _pending?.Dispose();
        _pending = new CancellationTokenSource();
        var token = _pending.Token;
        _ = Task.Run(async () =>
        {
            try
            {
                await Task.Delay(CountDelay, token);
                await InvokeAsync(() => CountAsync(token));
            }
            catch (OperationCanceledException)
            {
                // A later edit replaced this count.
            }
        }, token);
        return Task.CompletedTask;
    }

    private async Task CountAsync(CancellationToken ct)
    {
        _counting = true;
        StateHasChanged();
        try
        {
            var result = await Counter.HandleAsync(new CountSegmentQuery(_criteria!, Id), ct);
            _problems = result.Errors;
            _count = result.Succeeded ? result.Value : null;
            if (result.Succeeded && _grid is not null)
            {
                await _grid.ReloadServerData();
            }
        }
        finally
        {
            _counting = false;
            StateHasChanged();
        }
    }

    private async Task<GridData<SegmentContactRow>> LoadPageAsync(GridState<SegmentContactRow> state, CancellationToken ct)
    {
        if (_criteria is null || _problems.Count > 0)
        {
            return new GridData<SegmentContactRow> { Items = [], TotalItems = 0 };
        }

        var page = await Search.HandleAsync(new SearchSegmentQuery(_criteria, new PageRequest(state.Page, state.PageSize), _sort, _descending), ct);
        return page.Succeeded
            ? new GridData<SegmentContactRow> { Items = page.Value!.Items, TotalItems = page.Value.TotalCount }
            : new GridData<SegmentContactRow> { Items = [], TotalItems = 0 };
    }

    private void ColumnsChanged(IEnumerable<ResultColumn> columns)
    {
        _columns = [.. columns];
        _profileId = null;
    }

    private void ApplyProfile(long? id)
    {
        _profileId = id;
        if (_profiles.FirstOrDefault(p => p.Id == id) is { } profile)
        {
            _columns = [.. profile.Columns];
            _profileName = profile.Name;
        }
    }

    private async Task SaveProfileAsync()
    {
        _busy = true;
        var saved = await ProfileSaver.HandleAsync(new SaveFieldProfileCommand(_profileName ?? "", [.. _columns]));
        _busy = false;
        if (!saved.Succeeded)
        {
            Snackbar.Add(string.Join(" ", saved.Errors), Severity.Error);
            return;
        }

        _profiles = await Profiles.HandleAsync();
        _profileId = saved.Value;
        Snackbar.Add(Ui.Segment_ProfileSaved, Severity.Success);
    }

    private async Task SortChangedAsync(ResultSort sort)
    {
        _sort = sort;
        await ReloadAsync();
    }

    private async Task DescendingChangedAsync(bool descending)
    {
        _descending = descending;
        await ReloadAsync();
    }

    private Task ReloadAsync() => _grid?.ReloadServerData() ?? Task.CompletedTask;

    private async Task SaveAsync()
    {
        _busy = true;
        var saved = await Saver.HandleAsync(new SaveSegmentCommand(Id, _version, _name ?? "", _description, _criteria!));
        _busy = false;
        _errors = saved.Errors;
        if (!saved.Succeeded)
        {
            return;
        }

        Snackbar.Add(Ui.Segment_Saved, Severity.Success);
        if (Id is null)
        {
            Navigation.NavigateTo($"/segments/{saved.Value}");
        }
        else
        {
            _version = (await Segments.HandleAsync(saved.Value))?.Version ?? _version;
        }
    }

    private async Task DeleteAsync()
    {
        if (await Dialogs.ShowMessageBoxAsync(Ui.Segment_Delete, string.Format(Ui.Segment_DeleteConfirm, _name), yesText: Ui.Segment_Delete, cancelText: Ui.Common_Cancel) != true)
        {
            return;
        }

        var deleted = await Deleter.HandleAsync(new DeleteSegmentCommand(Id!.Value, _version));
        _errors = deleted.Errors;
        if (deleted.Succeeded)
        {
            Navigation.NavigateTo("/segments");
        }
    }

    public void Dispose()
    {
        _pending?.Cancel();
        _pending?.Dispose();
    }
}
