using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>What a PayZen transaction status means for an instalment.</summary>
internal readonly record struct StatusReading(TransactionOutcome? Outcome, string? Code, string? Reason, string? Problem)
{
    /// <summary>Not final yet, or nothing to do with an instalment: counted, neither applied nor a problem.</summary>
    public static StatusReading Skip { get; } = new(null, null, null, null);

    public static StatusReading Collected { get; } = new(TransactionOutcome.Collected, null, null, null);

    public static StatusReading Unpaid(string? code, string reason) => new(TransactionOutcome.Unpaid, code, reason, null);

    public static StatusReading Unreadable(string problem) => new(null, null, null, problem);
}

/// <summary>
/// PayZen's detailed statuses (vads_trans_status / detailedStatus) and the simplified REST ones (PAID, UNPAID,
/// RUNNING, ABANDONED). CAPTURED is money received; a refusal, a failed capture, an expired authorisation or a
/// cancellation is an unpaid instalment; everything still in progress waits for a later journal.
/// </summary>
internal static class PayZenStatuses
{
    private static readonly HashSet<string> InProgress = new(
        [
            "AUTHORISED", "AUTHORISED_TO_VALIDATE", "WAITING_AUTHORISATION", "WAITING_AUTHORISATION_TO_VALIDATE", "UNDER_VERIFICATION",
            "SUSPENDED", "INITIAL", "PRE_AUTHORISED", "PARTIALLY_AUTHORISED", "WAITING_FOR_PAYMENT", "RUNNING", "ABANDONED", "ACCEPTED",
            "NOT_CREATED",
        ],
        StringComparer.Ordinal);

    public static StatusReading Read(string status, bool isRefund, string? refusalCode)
    {
        if (status.Length == 0)
        {
            return StatusReading.Unreadable(Messages.ProviderFile_NoStatus);
        }

        if (InProgress.Contains(status))
        {
            return StatusReading.Skip;
        }

        if (isRefund)
        {
            // A refund only matters once the money went back to the donor.
            return status is "CAPTURED" or "PAID" ? StatusReading.Unpaid(null, Messages.ProviderFile_ReasonRefunded) : StatusReading.Skip;
        }

        return status switch
        {
            "CAPTURED" or "PAID" => StatusReading.Collected,
            "REFUSED" or "UNPAID" => StatusReading.Unpaid(
                refusalCode,
                refusalCode is null ? Messages.ProviderFile_ReasonCardRefused : string.Format(Messages.ProviderFile_ReasonCardRefusedCode, CardRefusalCodes.Describe(refusalCode))),
            "CAPTURE_FAILED" => StatusReading.Unpaid(refusalCode, Messages.ProviderFile_ReasonCaptureFailed),
            "EXPIRED" => StatusReading.Unpaid(refusalCode, Messages.ProviderFile_ReasonAuthorisationExpired),
            "CANCELLED" => StatusReading.Unpaid(refusalCode, Messages.ProviderFile_ReasonPayZenCancelled),
            _ => StatusReading.Unreadable(string.Format(Messages.ProviderFile_UnknownStatus, ProviderFileText.Clip(status, 40))),
        };
    }
}
