using CrmBlazor.Application.Common;
using CrmBlazor.Application.Legacies;
using CrmBlazor.Domain.Legacies;
using CrmBlazor.Web.Resources;
using Microsoft.AspNetCore.Components;
using MudBlazor;

namespace CrmBlazor.Web.Components.Pages.Contacts;

public sealed partial class LegacyBlock
{
    private static readonly LegacyStep[] Steps = [LegacyStep.InformationSent, LegacyStep.Pledged, LegacyStep.Confirmed];

    private LegacyView? _view;
    private IReadOnlyList<LegacyDocumentChoice> _documents = [];
    private long? _documentId;
    private IReadOnlyList<string> _errors = [];
    private bool _busy;
    private int? _loadedRevision;

    [Parameter] public long ContactId { get; set; }

    /// <summary>Bumped by the tab whenever the record changed: the block reloads.</summary>
    [Parameter] public int Revision { get; set; }

    [Inject] private ContactLegacyHandler Legacy { get; set; } = default!;
    [Inject] private RecordLegacyStepHandler Record { get; set; } = default!;
    [Inject] private UndoLegacyStepHandler Undo { get; set; } = default!;
    [Inject] private IDialogService Dialogs { get; set; } = default!;
    [Inject] private ISnackbar Snackbar { get; set; } = default!;

    protected override async Task OnParametersSetAsync()
    {
        if (_loadedRevision != Revision)
        {
            _loadedRevision = Revision;
            await LoadAsync();
        }
    }

    private async Task LoadAsync()
    {
        _view = await Legacy.HandleAsync(ContactId);
        _documents = _view.CurrentStep == LegacyStep.None ? await Legacy.DocumentsAsync(ContactId) : [];
    }

    private DateOnly? DateOf(LegacyStep step) => step switch
    {
        LegacyStep.InformationSent => _view?.InformationSentOn,
        LegacyStep.Pledged => _view?.PledgedOn,
        _ => _view?.ConfirmedOn,
    };

    private bool CanRecord(LegacyStep step) => (_view?.CurrentStep, step) switch
    {
        (LegacyStep.None, LegacyStep.InformationSent or LegacyStep.Pledged) => true,
        (LegacyStep.InformationSent, LegacyStep.Pledged) => true,
        (LegacyStep.Pledged, LegacyStep.Confirmed) => true,
        _ => false,
    };

    private static string ButtonText(LegacyStep step) => step switch
    {
        LegacyStep.InformationSent => Ui.Legacy_RecordInformation,
        LegacyStep.Pledged => Ui.Legacy_RecordPledge,
        _ => Ui.Legacy_RecordConfirmation,
    };

    private async Task RecordAsync(LegacyStep step)
    {
        _busy = true;
        var document = step == LegacyStep.InformationSent ? _documentId : null;
        var result = await Record.HandleAsync(new RecordLegacyStepCommand(ContactId, step, _view?.Version, document));
        _busy = false;
        await AfterAsync(result, Ui.Legacy_Recorded);
    }

    private async Task UndoAsync(LegacyStep step)
    {
        var version = _view?.Version ?? 0;
        var intro = string.Format(Ui.Legacy_UndoIntro, EnumLabels.Of(step));
        if (await MoneyReasonDialog.AskAsync(Dialogs, Ui.Legacy_Undo, intro, Ui.Legacy_Undo,
                reason => Undo.HandleAsync(new UndoLegacyStepCommand(ContactId, step, version, reason))))
        {
            await AfterAsync(CommandResult.Ok, Ui.Legacy_Undone);
        }
    }

    private async Task AfterAsync(CommandResult result, string success)
    {
        _errors = result.Errors;
        if (result.Succeeded)
        {
            _documentId = null;
            Snackbar.Add(success, Severity.Success);
        }

        await LoadAsync();
    }
}
