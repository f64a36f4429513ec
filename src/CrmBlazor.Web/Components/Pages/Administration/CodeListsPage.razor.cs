using CrmBlazor.Application.CodeLists;
using CrmBlazor.Application.Common;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Administration;

public sealed partial class CodeListsPage
{
    private readonly Dictionary<CodeList, ListState> _states = Enum.GetValues<CodeList>().ToDictionary(l => l, _ => new ListState());
    private bool _busy;

    [Inject] private ListCodeListHandler List { get; set; } = default!;
    [Inject] private SaveCodeListEntryHandler Save { get; set; } = default!;
    [Inject] private SetCodeListEntryActiveHandler SetActive { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnInitializedAsync()
    {
        foreach (var list in _states.Keys)
        {
            await ReloadAsync(list);
        }
    }

    private static string IntroOf(CodeList list) => Ui.ResourceManager.GetString($"CodeLists_Intro_{list}", Ui.Culture) ?? "";

    private async Task AddAsync(CodeList list)
    {
        var state = _states[list];
        var code = state.NewCode.Trim().ToUpperInvariant();
        if (await RunAsync(list, () => Save.HandleAsync(new SaveCodeListEntryCommand(list, null, code, state.NewLabel)), string.Format(Ui.CodeLists_Added, code)))
        {
            (state.NewCode, state.NewLabel) = ("", "");
        }
    }

    private void StartRename(CodeList list, CodeListRow entry)
    {
        var state = _states[list];
        (state.EditingId, state.EditingLabel, state.Errors) = (entry.Id, entry.Label, []);
    }

    private async Task RenameAsync(CodeList list, CodeListRow entry)
    {
        var state = _states[list];
        if (await RunAsync(list, () => Save.HandleAsync(new SaveCodeListEntryCommand(list, entry.Id, entry.Code, state.EditingLabel)), string.Format(Ui.CodeLists_Renamed, entry.Code)))
        {
            state.EditingId = null;
        }
    }

    private Task SetActiveAsync(CodeList list, CodeListRow entry, bool active) =>
        RunAsync(
            list,
            () => SetActive.HandleAsync(new SetCodeListEntryActiveCommand(list, entry.Id, active)),
            string.Format(active ? Ui.CodeLists_Activated : Ui.CodeLists_Deactivated, entry.Code));

    /// <summary>Runs a command of <paramref name="list"/>: French errors stay shown above the list, success is a snackbar; the list is reloaded either way.</summary>
    private async Task<bool> RunAsync(CodeList list, Func<Task<CommandResult>> command, string success)
    {
        _busy = true;
        try
        {
            var result = await command();
            _states[list].Errors = result.Errors;
            if (result.Succeeded)
            {
                Snackbar.Add(success, Severity.Success);
            }

            await ReloadAsync(list);
            return result.Succeeded;
        }
        finally
        {
            _busy = false;
        }
    }

    private async Task ReloadAsync(CodeList list) => _states[list].Rows = await List.HandleAsync(list);

    private sealed class ListState
    {
        public IReadOnlyList<CodeListRow> Rows { get; set; } = [];

        public IReadOnlyList<string> Errors { get; set; } = [];

        public string NewCode { get; set; } = "";

        public string NewLabel { get; set; } = "";

        public long? EditingId { get; set; }

        public string EditingLabel { get; set; } = "";
    }
}
