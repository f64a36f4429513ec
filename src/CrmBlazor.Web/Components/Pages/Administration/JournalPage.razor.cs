using CrmBlazor.Application.Common;
using CrmBlazor.Application.Journal;
using CrmBlazor.Domain.Journal;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Administration;

public sealed partial class JournalPage
{
    private MudDataGrid<JournalRow> _grid = default!;
    private IReadOnlyList<string> _entityTypes = [];
    private string? _actor;
    private string? _entityType;
    private JournalAction? _action;
    private DateTime? _from;
    private DateTime? _to;

    [Inject] private ListJournalHandler List { get; set; } = default!;
    [Inject] private JournalEntityTypesHandler EntityTypes { get; set; } = default!;

    /// <summary>Opens pre-filtered on one record, e.g. <c>?type=staff_users&amp;cle=…</c>.</summary>
    [SupplyParameterFromQuery(Name = "cle")]
    private string? EntityKey { get; set; }

    [SupplyParameterFromQuery(Name = "type")]
    private string? EntityTypeFilter { get; set; }

    protected override async Task OnInitializedAsync()
    {
        _entityType = EntityTypeFilter;
        _entityTypes = await EntityTypes.HandleAsync();
    }

    private async Task<GridData<JournalRow>> LoadAsync(GridState<JournalRow> state, CancellationToken ct)
    {
        var query = new ListJournalQuery(
            _actor, _entityType, EntityKey, _action, ToDate(_from), ToDate(_to), new PageRequest(state.Page, state.PageSize));
        var page = await List.HandleAsync(query, ct);
        return new GridData<JournalRow> { Items = page.Items, TotalItems = page.TotalCount };
    }

    private Task FilterAsync(Action apply)
    {
        apply();
        return _grid.ReloadServerData();
    }

    private static DateOnly? ToDate(DateTime? value) => value is { } date ? DateOnly.FromDateTime(date) : null;
}
