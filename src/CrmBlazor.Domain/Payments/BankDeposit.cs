namespace CrmBlazor.Domain.Payments;

/// <summary>A remise en banque: validated batches of cheques and cash taken to the bank with one slip.</summary>
public sealed class BankDeposit
{
    private BankDeposit()
    {
    }

    public long Id { get; private set; }

    public long Number { get; private set; }

    public DateOnly DepositedOn { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public int ChequeCount { get; private set; }

    public decimal ChequeTotal { get; private set; }

    public int CashCount { get; private set; }

    public decimal CashTotal { get; private set; }

    public long? SlipDocumentId { get; private set; }

    public decimal Total => ChequeTotal + CashTotal;

    public static BankDeposit Prepare(DateOnly depositedOn, string createdBy, DateTimeOffset createdAt) =>
        new() { DepositedOn = depositedOn, CreatedBy = createdBy, CreatedAt = createdAt };

    /// <summary>Totals come from the payments themselves, never from what someone typed.</summary>
    public void Tally(IEnumerable<(PaymentMethod Method, decimal Amount)> payments)
    {
        var list = payments.ToList();
        ChequeCount = list.Count(p => p.Method == PaymentMethod.Cheque);
        ChequeTotal = list.Where(p => p.Method == PaymentMethod.Cheque).Sum(p => p.Amount);
        CashCount = list.Count(p => p.Method == PaymentMethod.Cash);
        CashTotal = list.Where(p => p.Method == PaymentMethod.Cash).Sum(p => p.Amount);
    }

    public void AttachSlip(long documentId) => SlipDocumentId = documentId;
}
