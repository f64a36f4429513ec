using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Recurring;

/// <summary>Who collects a recurring gift: PayZen (card), PayPal, or the association's bank (SEPA direct debit).</summary>
public enum RecurringChannel
{
    Card,
    PayPal,
    DirectDebit,
}

public enum RecurringGiftStatus
{
    Active,

    /// <summary>No instalment is created until a Superviseur decides (refused payment, expired card, donor's request).</summary>
    Suspended,

    /// <summary>Stopped for good: the donor's wish, a closed account, a lapsed mandate.</summary>
    Cancelled,

    /// <summary>Replaced by a new gift (amount or method changed) or past its end date.</summary>
    Ended,
}

public enum InstalmentStatus
{
    /// <summary>Created by the run; waits for the provider's file, or for SEPA the end of the return window.</summary>
    Pending,
    Collected,
    Unpaid,

    /// <summary>Withdrawn before collection (the gift was cancelled).</summary>
    Cancelled,
}

/// <summary>What a Superviseur decided about an unpaid instalment.</summary>
public enum UnpaidResolution
{
    /// <summary>The gift goes on: the next instalment is the next due date.</summary>
    Postponed,

    /// <summary>The gift stays suspended, e.g. while the donor is called.</summary>
    Suspended,

    /// <summary>The gift is cancelled: no instalment is ever created again.</summary>
    Cancelled,
}

/// <summary>SEPA sequence type: the first collection under a mandate, then the recurring ones.</summary>
public enum SepaSequence
{
    First,
    Recurring,
}

public enum MandateStatus
{
    Active,

    /// <summary>36 months without a collection presented: the mandate must never be used again.</summary>
    Lapsed,

    /// <summary>Revoked by the donor or closed by the association.</summary>
    Revoked,
}

public static class RecurringChannels
{
    public static PaymentMethod PaymentMethod(this RecurringChannel channel) => channel switch
    {
        RecurringChannel.Card => Payments.PaymentMethod.Card,
        RecurringChannel.PayPal => Payments.PaymentMethod.PayPal,
        RecurringChannel.DirectDebit => Payments.PaymentMethod.DirectDebit,
        _ => throw new ArgumentOutOfRangeException(nameof(channel)),
    };

    /// <summary>The pain.008 code (SeqTp).</summary>
    public static string Code(this SepaSequence sequence) => sequence == SepaSequence.First ? "FRST" : "RCUR";
}
