using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Receipts;

public enum ReceiptRunStatus
{
    Running,
    Cancelled,
    Completed,
    Failed,
}

/// <summary>
/// A batch of receipts for a year (annual run, or per-gift batch). Works in chunks that each commit;
/// cancelling stops between chunks, and running again for the same year picks up the donors still
/// without a receipt, so nothing is renumbered or issued twice.
/// </summary>
[CrmBlazor.Domain.Journal.NotJournaled]
public sealed class ReceiptRun
{
    public const int MessageMaxLength = 2000;

    private ReceiptRun()
    {
    }

    public long Id { get; private set; }

    public ReceiptKind Kind { get; private set; }

    public int Year { get; private set; }

    public ReceiptRunStatus Status { get; private set; }

    public bool CancelRequested { get; private set; }

    public int DonorsPlanned { get; private set; }

    public int DonorsDone { get; private set; }

    public int ReceiptsIssued { get; private set; }

    public int EmailsQueued { get; private set; }

    public int Printed { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public string StartedBy { get; private set; } = "";

    public DateTimeOffset? FinishedAt { get; private set; }

    public string? Message { get; private set; }

    public uint Version { get; private set; }

    public bool IsRunning => Status == ReceiptRunStatus.Running;

    public static ReceiptRun Start(ReceiptKind kind, int year, string startedBy, DateTimeOffset at)
    {
        if (year is < 2000 or > 2999)
        {
            throw new DomainException("Année invalide.");
        }

        return new ReceiptRun { Kind = kind, Year = year, Status = ReceiptRunStatus.Running, StartedBy = startedBy, StartedAt = at };
    }

    public void Plan(int donors) => DonorsPlanned = donors;

    public void Progress(int donors, int receipts, int emails, int printed)
    {
        DonorsDone += donors;
        ReceiptsIssued += receipts;
        EmailsQueued += emails;
        Printed += printed;
    }

    public void RequestCancel()
    {
        if (!IsRunning)
        {
            throw new DomainException("Ce traitement n'est plus en cours.");
        }

        CancelRequested = true;
    }

    public void Finish(ReceiptRunStatus status, DateTimeOffset at, string? message = null)
    {
        Status = status;
        FinishedAt = at;
        Message = message is { Length: > MessageMaxLength } ? message[..MessageMaxLength] : message;
    }
}
