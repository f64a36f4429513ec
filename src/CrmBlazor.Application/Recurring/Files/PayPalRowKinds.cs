using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// Which rows of a PayPal activity download are gifts, and what their status means. The download holds every
/// movement of the account: besides payments received it lists withdrawals to the bank, fees, currency conversions
/// and holds, which have nothing to do with an instalment and are left out.
/// </summary>
internal static class PayPalRowKinds
{
    /// <summary>Words of the types that move a donor's money (normalised: lower case, no accents).</summary>
    private static readonly string[] GiftTypeWords =
    [
        "subscription", "abonnement", "recurring", "recurrent", "donation", "don", "payment received", "paiement recu", "website payment",
        "paiement sur site", "express checkout", "paiement express", "mobile payment", "refund", "rembours", "reversal", "chargeback", "litige",
        "contre-passation", "annulation de paiement",
    ];

    private static readonly string[] ReversalTypeWords = ["reversal", "chargeback", "litige", "contre-passation", "annulation de paiement"];

    private static readonly string[] RefundTypeWords = ["refund", "rembours"];

    /// <summary>
    /// Whether the row is a donor's payment (or its refund): by PayPal's event code when the download has it
    /// (T00xx payments received, T11xx reversals and refunds, T12xx adjustments such as chargebacks), else by a
    /// subscription or invoice reference, else by the words of its type.
    /// </summary>
    public static bool IsGift(string? type, string? eventCode, bool hasReference)
    {
        if (eventCode is { Length: >= 3 } code && code.StartsWith('T'))
        {
            return code.StartsWith("T00", StringComparison.Ordinal) || code.StartsWith("T11", StringComparison.Ordinal)
                || code.StartsWith("T12", StringComparison.Ordinal);
        }

        if (hasReference)
        {
            return true;
        }

        var words = PayPalColumns.Normalize(type ?? "");
        return GiftTypeWords.Any(w => w == "don" ? words.Split(' ').Contains("don") : words.Contains(w, StringComparison.Ordinal));
    }

    /// <summary>A refund or a reversal undoes an earlier payment, even when its own status is Completed.</summary>
    public static string? UndoReason(string? type, string? eventCode, decimal gross)
    {
        var words = PayPalColumns.Normalize(type ?? "");
        if (ReversalTypeWords.Any(w => words.Contains(w, StringComparison.Ordinal)) || eventCode?.StartsWith("T12", StringComparison.Ordinal) == true
            || eventCode is "T1106" or "T1111")
        {
            return Messages.ProviderFile_ReasonPayPalReversed;
        }

        if (RefundTypeWords.Any(w => words.Contains(w, StringComparison.Ordinal)) || eventCode?.StartsWith("T11", StringComparison.Ordinal) == true || gross < 0)
        {
            return Messages.ProviderFile_ReasonRefunded;
        }

        return null;
    }

    /// <summary>Completed (Terminé) is collected; Denied, Failed, Reversed, Refunded, Canceled are unpaid; Pending waits.</summary>
    public static StatusReading Read(string status)
    {
        var words = PayPalColumns.Normalize(status);
        return words switch
        {
            "completed" or "complete" or "termine" or "terminee" or "effectue" or "partially refunded" or "partiellement rembourse" => StatusReading.Collected,
            "denied" or "refuse" or "refusee" => StatusReading.Unpaid(null, Messages.ProviderFile_ReasonPayPalDenied),
            "failed" or "echoue" or "echouee" or "echec" => StatusReading.Unpaid(null, Messages.ProviderFile_ReasonPayPalFailed),
            "reversed" or "contre-passe" or "contre-passee" => StatusReading.Unpaid(null, Messages.ProviderFile_ReasonPayPalReversed),
            "refunded" or "rembourse" or "remboursee" => StatusReading.Unpaid(null, Messages.ProviderFile_ReasonRefunded),
            "canceled" or "cancelled" or "annule" or "annulee" => StatusReading.Unpaid(null, Messages.ProviderFile_ReasonPayPalCancelled),
            "pending" or "en attente" or "unclaimed" or "non reclame" or "held" or "bloque" or "en cours" or "processing" => StatusReading.Skip,
            "" => StatusReading.Unreadable(Messages.ProviderFile_NoStatus),
            _ => StatusReading.Unreadable(string.Format(Messages.ProviderFile_UnknownStatus, ProviderFileText.Clip(status, 40))),
        };
    }

    /// <summary>The outcome of a row whose status is final, a refund or reversal row turning a « completed » into an unpaid.</summary>
    public static StatusReading Outcome(StatusReading status, string? undoReason) =>
        status.Outcome == TransactionOutcome.Collected && undoReason is not null ? StatusReading.Unpaid(null, undoReason) : status;
}
