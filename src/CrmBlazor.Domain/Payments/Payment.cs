using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Payments;

public enum PaymentStatus
{
    Recorded,
    Cancelled,
}

/// <summary>
/// Money received from a contact (encaissement). It pays for lines — donations, orders, subscriptions —
/// whose amounts add up to it. Never edited once entered: a mistake is cancelled with a reason and re-entered.
/// </summary>
public sealed class Payment : IContactOwned
{
    private Payment()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public PaymentMethod Method { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public long CampaignId { get; private set; }

    public string? ChequeBank { get; private set; }

    public string? ChequeNumber { get; private set; }

    /// <summary>Whose name is on the cheque when it is not the contact's (a spouse, a company).</summary>
    public string? Drawer { get; private set; }

    public long? BatchId { get; private set; }

    public PaymentStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public DateOnly? CancelledOn { get; private set; }

    public DateTimeOffset EnteredAt { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Payments;

    public bool IsCancelled => Status == PaymentStatus.Cancelled;

    public static Payment Receive(
        long contactId, PaymentMethod method, decimal amount, DateOnly receivedOn, long campaignId, DateTimeOffset enteredAt,
        ChequeDetails? cheque = null, PaymentBatch? batch = null)
    {
        if (!MoneyLimits.IsValidAmount(amount))
        {
            throw new DomainException("Le montant doit être positif, en euros et centimes.");
        }

        if (method == PaymentMethod.Cheque && (cheque is null || string.IsNullOrWhiteSpace(cheque.Bank) || string.IsNullOrWhiteSpace(cheque.Number)))
        {
            throw new DomainException("Un chèque demande sa banque et son numéro.");
        }

        if (method.IsPhysical() && batch is null)
        {
            throw new DomainException("Les chèques et les espèces se saisissent dans un lot d'encaissements ouvert.");
        }

        if (batch is not null)
        {
            if (!method.IsPhysical())
            {
                throw new DomainException("Un lot d'encaissements ne reçoit que des chèques et des espèces.");
            }

            batch.EnsureOpen();
        }

        return new Payment
        {
            ContactId = contactId,
            Method = method,
            Amount = amount,
            ReceivedOn = receivedOn,
            CampaignId = campaignId,
            ChequeBank = method == PaymentMethod.Cheque ? cheque!.Bank.Trim() : null,
            ChequeNumber = method == PaymentMethod.Cheque ? cheque!.Number.Trim() : null,
            Drawer = string.IsNullOrWhiteSpace(cheque?.Drawer) ? null : cheque.Drawer.Trim(),
            BatchId = batch?.Id,
            Status = PaymentStatus.Recorded,
            EnteredAt = enteredAt,
        };
    }

    /// <summary>Lines of a payment entered in a batch wait for the batch's validation before they count.</summary>
    public bool AwaitsBatchValidation(PaymentBatch? batch) => batch is { Status: PaymentBatchStatus.Open };

    public void Cancel(string reason, DateOnly on)
    {
        if (IsCancelled)
        {
            throw new DomainException("Cet encaissement est déjà annulé.");
        }

        CancelReason = Reasons.Require(reason);
        CancelledOn = on;
        Status = PaymentStatus.Cancelled;
    }
}

public sealed record ChequeDetails(string Bank, string Number, string? Drawer = null);
