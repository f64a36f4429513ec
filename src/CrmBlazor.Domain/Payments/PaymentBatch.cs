using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Payments;

public enum PaymentBatchStatus
{
    Open,
    Validated,
}

/// <summary>
/// A lot d'encaissements: cheques and cash entered together against an announced count and total.
/// A supervisor validates it only when what was entered matches; then its gifts count and it can be deposited.
/// </summary>
public sealed class PaymentBatch
{
    private PaymentBatch()
    {
    }

    public long Id { get; private set; }

    /// <summary>The number staff write on the bundle; given by the database.</summary>
    public long Number { get; private set; }

    public string Label { get; private set; } = "";

    public DateOnly OpenedOn { get; private set; }

    public string OpenedBy { get; private set; } = "";

    public int ExpectedCount { get; private set; }

    public decimal ExpectedTotal { get; private set; }

    public PaymentBatchStatus Status { get; private set; }

    public DateTimeOffset? ValidatedAt { get; private set; }

    public string? ValidatedBy { get; private set; }

    public long? DepositId { get; private set; }

    public uint Version { get; private set; }

    public static PaymentBatch Open(string label, DateOnly openedOn, string openedBy, int expectedCount, decimal expectedTotal)
    {
        if (expectedCount <= 0 || !MoneyLimits.IsValidAmount(expectedTotal))
        {
            throw new DomainException("Le nombre et le total attendus doivent être positifs.");
        }

        return new PaymentBatch
        {
            Label = label.Trim(),
            OpenedOn = openedOn,
            OpenedBy = openedBy,
            ExpectedCount = expectedCount,
            ExpectedTotal = expectedTotal,
            Status = PaymentBatchStatus.Open,
        };
    }

    public void EnsureOpen()
    {
        if (Status != PaymentBatchStatus.Open)
        {
            throw new DomainException($"Le lot n° {Number} est validé : on n'y ajoute plus rien.");
        }
    }

    public void ChangeExpectations(int expectedCount, decimal expectedTotal)
    {
        EnsureOpen();
        if (expectedCount <= 0 || !MoneyLimits.IsValidAmount(expectedTotal))
        {
            throw new DomainException("Le nombre et le total attendus doivent être positifs.");
        }

        ExpectedCount = expectedCount;
        ExpectedTotal = expectedTotal;
    }

    /// <summary>Validates when the entered payments (cancelled ones excluded) match the announced count and total.</summary>
    public void Validate(int enteredCount, decimal enteredTotal, string by, DateTimeOffset at)
    {
        EnsureOpen();
        if (enteredCount != ExpectedCount || enteredTotal != ExpectedTotal)
        {
            throw new DomainException(
                $"Le lot ne correspond pas : {enteredCount} encaissement(s) pour {enteredTotal:N2} € saisis, "
                + $"{ExpectedCount} pour {ExpectedTotal:N2} € attendus.");
        }

        Status = PaymentBatchStatus.Validated;
        ValidatedBy = by;
        ValidatedAt = at;
    }

    public void PutInto(BankDeposit deposit)
    {
        if (Status != PaymentBatchStatus.Validated)
        {
            throw new DomainException($"Le lot n° {Number} doit être validé avant d'être remis en banque.");
        }

        if (DepositId is not null)
        {
            throw new DomainException($"Le lot n° {Number} est déjà dans une remise.");
        }

        DepositId = deposit.Id;
    }
}
