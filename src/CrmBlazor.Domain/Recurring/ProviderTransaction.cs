namespace CrmBlazor.Domain.Recurring;

public enum TransactionOutcome
{
    Collected,
    Unpaid,
}

/// <summary>
/// A provider's or bank's line applied to an instalment. One row per (channel, transaction id, outcome): the same
/// line imported again finds its row and changes nothing, while a later change of status (PayPal rewrites
/// Completed as Reversed) is a new outcome and applies once.
/// </summary>
public sealed class ProviderTransaction
{
    public const int TransactionIdMaxLength = 100;
    public const int ReasonMaxLength = 200;

    private ProviderTransaction()
    {
    }

    public long Id { get; private set; }

    public RecurringChannel Channel { get; private set; }

    public string TransactionId { get; private set; } = "";

    public TransactionOutcome Outcome { get; private set; }

    public long InstalmentId { get; private set; }

    public long ImportId { get; private set; }

    public DateOnly OccurredOn { get; private set; }

    public decimal Amount { get; private set; }

    public string? ReasonCode { get; private set; }

    public string? Reason { get; private set; }

    /// <summary>The provider's settlement (batch credited to the bank) the line belongs to, when the file says.</summary>
    public string? SettlementReference { get; private set; }

    public static ProviderTransaction Applied(
        RecurringChannel channel, string transactionId, TransactionOutcome outcome, long instalmentId, long importId, DateOnly occurredOn,
        decimal amount, string? reasonCode, string? reason, string? settlementReference) =>
        new()
        {
            Channel = channel,
            TransactionId = Clip(transactionId.Trim(), TransactionIdMaxLength)!,
            Outcome = outcome,
            InstalmentId = instalmentId,
            ImportId = importId,
            OccurredOn = occurredOn,
            Amount = amount,
            ReasonCode = Clip(reasonCode?.Trim(), RecurringLimits.ReasonCodeMaxLength),
            Reason = Clip(reason?.Trim(), ReasonMaxLength),
            SettlementReference = Clip(settlementReference?.Trim(), TransactionIdMaxLength),
        };

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
