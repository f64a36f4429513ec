using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Legacies;

/// <summary>The steps of a legacy file, in the order they happen.</summary>
public enum LegacyStep
{
    None,

    /// <summary>« Informations envoyées »: the legacy brochure or letter went out (the document is in the GED).</summary>
    InformationSent,

    /// <summary>« Promesse de legs »: the contact says the association is in the will.</summary>
    Pledged,

    /// <summary>« Confirmer la promesse »: the official deeds arrived.</summary>
    Confirmed,
}

/// <summary>
/// A contact's legacy file (legs): each step's date is stamped when staff press its button, one step at a time
/// in order (a pledge may come without information sent first). Only the latest step can be undone, with a reason
/// kept on the row so that the journal shows it beside the cleared date.
/// </summary>
public sealed class Legacy : IContactOwned
{
    private Legacy()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public DateOnly? InformationSentOn { get; private set; }

    /// <summary>The document of the GED that was sent, when staff pointed at it.</summary>
    public long? InformationDocumentId { get; private set; }

    public DateOnly? PledgedOn { get; private set; }

    public DateOnly? ConfirmedOn { get; private set; }

    /// <summary>Why the latest undone step was undone.</summary>
    public string? UndoReason { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Legacy;

    public LegacyStep CurrentStep => StepOf(InformationSentOn, PledgedOn, ConfirmedOn);

    /// <summary>Since when the file is at its current step.</summary>
    public DateOnly? CurrentStepOn => CurrentStep switch
    {
        LegacyStep.Confirmed => ConfirmedOn,
        LegacyStep.Pledged => PledgedOn,
        LegacyStep.InformationSent => InformationSentOn,
        _ => null,
    };

    public static LegacyStep StepOf(DateOnly? informationSentOn, DateOnly? pledgedOn, DateOnly? confirmedOn) =>
        confirmedOn is not null ? LegacyStep.Confirmed
        : pledgedOn is not null ? LegacyStep.Pledged
        : informationSentOn is not null ? LegacyStep.InformationSent
        : LegacyStep.None;

    public static Legacy Open(long contactId) => new() { ContactId = contactId };

    /// <summary>The step the button offers next: information first, but a spontaneous pledge may skip it.</summary>
    public bool CanRecord(LegacyStep step) => step switch
    {
        LegacyStep.InformationSent => CurrentStep == LegacyStep.None,
        LegacyStep.Pledged => CurrentStep is LegacyStep.None or LegacyStep.InformationSent,
        LegacyStep.Confirmed => CurrentStep == LegacyStep.Pledged,
        _ => false,
    };

    public void Record(LegacyStep step, DateOnly today, long? documentId = null)
    {
        if (!CanRecord(step))
        {
            throw new DomainException(step == LegacyStep.Confirmed && CurrentStep != LegacyStep.Confirmed
                ? "Seule une promesse enregistrée peut être confirmée."
                : "Cette étape du legs est déjà enregistrée ou dépassée.");
        }

        if (documentId is not null && step != LegacyStep.InformationSent)
        {
            throw new DomainException("Seule l'étape « Informations envoyées » porte un document.");
        }

        switch (step)
        {
            case LegacyStep.InformationSent:
                InformationSentOn = today;
                InformationDocumentId = documentId;
                break;
            case LegacyStep.Pledged:
                PledgedOn = today;
                break;
            default:
                ConfirmedOn = today;
                break;
        }

        UndoReason = null;
    }

    /// <summary>Clears the latest step's date (and its document); the reason stays on the row and in the journal.</summary>
    public void UndoLatest(LegacyStep step, string reason)
    {
        if (step == LegacyStep.None || step != CurrentStep)
        {
            throw new DomainException("Seule la dernière étape du legs peut être annulée.");
        }

        UndoReason = Reasons.Require(reason);
        switch (step)
        {
            case LegacyStep.Confirmed:
                ConfirmedOn = null;
                break;
            case LegacyStep.Pledged:
                PledgedOn = null;
                break;
            default:
                InformationSentOn = null;
                InformationDocumentId = null;
                break;
        }
    }
}
