using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.Application.Receipts;

/// <summary>What every chunk of a run shares: the run, who started it, the issuer revision and the issue day.</summary>
internal sealed record ReceiptRunContext(long RunId, ReceiptKind Kind, int Year, OrganisationProfile Issuer, Actor Actor, DateOnly IssuedOn, bool SkipSuspended)
{
    public DateOnly From => new(Year, 1, 1);

    public DateOnly To => new(Year + 1, 1, 1);
}

/// <summary>A receipt of the run waiting for its print batch, with the ids its rows were written under.</summary>
internal sealed record ReceiptToPrint(TaxReceipt Receipt, long ReceiptId, long ContactId, long DocumentId);

/// <summary>What one chunk did.</summary>
internal sealed record ReceiptChunkResult(
    int Donors, int Receipts, int Emails, int WithoutAddress, IReadOnlyList<ReceiptToPrint> ToPrint, bool CancelRequested);

/// <summary>What a run is called on screens and in messages: « Reçus annuels », « Reçus unitaires ».</summary>
public static class ReceiptRunLabels
{
    public static string Of(ReceiptKind kind) => kind == ReceiptKind.Annual ? Resources.Messages.Receipts_RunKind_Annual : Resources.Messages.Receipts_RunKind_PerGift;
}

/// <summary>The topics a run's progress is announced on; the Traitements page listens to <see cref="AllRuns"/>.</summary>
public static class ReceiptRunTopics
{
    public const string AllRuns = "receipt-runs";

    public static string Run(long runId) => $"receipt-run:{runId}";
}
