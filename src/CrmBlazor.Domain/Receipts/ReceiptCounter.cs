namespace CrmBlazor.Domain.Receipts;

/// <summary>
/// The last receipt number given in a year. Numbers are taken by updating this row inside the issuing
/// transaction: concurrent issuers queue on its lock, and a rollback gives the number back — no gap,
/// unlike a sequence.
/// </summary>
[CrmBlazor.Domain.Journal.NotJournaled]
public sealed class ReceiptCounter
{
    private ReceiptCounter()
    {
    }

    public int Year { get; private set; }

    public int LastSequence { get; private set; }
}
