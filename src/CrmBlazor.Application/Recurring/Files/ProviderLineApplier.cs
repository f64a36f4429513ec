using CrmBlazor.Application.Batches;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>A line that changed something, kept to record its provider transaction once the import has its id.</summary>
internal sealed record AppliedLine(ProviderLine Line, long InstalmentId)
{
    public ProviderTransaction ToTransaction(long importId) => ProviderTransaction.Applied(
        Line.Channel, Line.TransactionId, Line.Outcome, InstalmentId, importId, Line.OccurredOn, Line.Amount, Line.ReasonCode, Line.Reason,
        Line.SettlementReference);
}

/// <summary>
/// Applies a file's lines to the instalments they are about, in memory; the importer saves everything at once.
/// <list type="bullet">
/// <item>Collected: the pending instalment and its donation are collected.</item>
/// <item>Unpaid: the instalment and its donation become unpaid, even when collected before (a refund, a SEPA return
/// such as MD06), and an active gift is suspended until a supervisor decides.</item>
/// <item>A capture after a refusal of the same instalment (PayPal retries a failed payment; a card presented again):
/// the money is there, so the instalment and its donation are collected. If the refusal had suspended the gift and
/// nobody had decided yet, and the gift has no other unpaid instalment waiting, the gift resumes: the reason it was
/// suspended is gone. A decision already taken (keep suspended, cancel) stands.</item>
/// </list>
/// </summary>
internal sealed class ProviderLineApplier(ProviderLineMatcher matcher, DateOnly today)
{
    /// <summary>The start of the reason of a gift the importer suspended: it may resume it after a successful retry.</summary>
    public const string SuspensionPrefix = "Impayé : ";

    private readonly HashSet<long> _retriedGifts = [];

    public List<AppliedLine> Applied { get; } = [];

    public List<ImportProblem> Problems { get; } = [];

    public int Unchanged { get; private set; }

    /// <summary>Gifts suspended by a refusal whose instalment was then collected, with no decision taken in between.</summary>
    public IReadOnlyCollection<long> RetriedGifts => _retriedGifts;

    public void Apply(ProviderLine line)
    {
        if (matcher.WasApplied(line))
        {
            Unchanged++;
            return;
        }

        if (matcher.Find(line) is not { } instalment)
        {
            Problem(line, line.SubscriptionReference is { } subscription
                ? string.Format(Messages.ProviderFile_NoInstalment, subscription, ProviderFileText.Date(line.OccurredOn), Euros.Format(line.Amount))
                : string.Format(Messages.ProviderFile_NoInstalmentReference, Reference(line), ProviderFileText.Date(line.OccurredOn), Euros.Format(line.Amount)));
            return;
        }

        if (line.Amount != instalment.Amount)
        {
            Problem(line, string.Format(
                Messages.ProviderFile_AmountDiffers, Euros.Format(line.Amount), Euros.Format(instalment.Amount), ProviderFileText.Date(instalment.DueOn)));
            return;
        }

        if (line.Outcome == TransactionOutcome.Collected)
        {
            Collect(line, instalment);
        }
        else
        {
            MarkUnpaid(line, instalment);
        }
    }

    private void Collect(ProviderLine line, Instalment instalment)
    {
        var donation = matcher.Donations[instalment.DonationId];
        switch (instalment.Status)
        {
            case InstalmentStatus.Pending:
                instalment.Collect(line.OccurredOn, line.TransactionId);
                donation.Collect(line.OccurredOn);
                break;
            case InstalmentStatus.Unpaid:
                if (instalment.Resolution is null && matcher.Gifts.TryGetValue(instalment.RecurringGiftId, out var gift)
                    && gift.Status == RecurringGiftStatus.Suspended && gift.StatusReason?.StartsWith(SuspensionPrefix, StringComparison.Ordinal) == true)
                {
                    _retriedGifts.Add(gift.Id);
                }

                instalment.CollectAfterRetry(line.OccurredOn, line.TransactionId);
                donation.CollectAfterUnpaid(line.OccurredOn);
                break;
            case InstalmentStatus.Collected when instalment.ProviderTransactionId is null || instalment.ProviderTransactionId == line.TransactionId:
                // The payment the online form took when the gift was made: already counted.
                Unchanged++;
                return;
            case InstalmentStatus.Collected:
                Problem(line, string.Format(Messages.ProviderFile_AlreadyCollected, ProviderFileText.Date(instalment.DueOn), instalment.ProviderTransactionId));
                return;
            default:
                Problem(line, string.Format(Messages.ProviderFile_InstalmentCancelled, ProviderFileText.Date(instalment.DueOn), Euros.Format(line.Amount)));
                return;
        }

        Record(line, instalment);
    }

    private void MarkUnpaid(ProviderLine line, Instalment instalment)
    {
        if (instalment.Status == InstalmentStatus.Cancelled)
        {
            // Refused, and nobody wanted the money any more: nothing to do.
            Unchanged++;
            return;
        }

        if (instalment.Status != InstalmentStatus.Unpaid)
        {
            var reason = ProviderFileText.Clip(string.IsNullOrWhiteSpace(line.Reason) ? Messages.ProviderFile_ReasonUnknown : line.Reason.Trim(), MoneyLimits.ReasonMaxLength);
            var code = line.ReasonCode is { } c ? ProviderFileText.Clip(c.Trim(), RecurringLimits.ReasonCodeMaxLength) : null;
            instalment.MarkUnpaid(code, reason, line.OccurredOn, line.TransactionId);
            matcher.Donations[instalment.DonationId].MarkUnpaid(reason, line.OccurredOn);
            if (matcher.Gifts.TryGetValue(instalment.RecurringGiftId, out var gift) && gift.Status == RecurringGiftStatus.Active)
            {
                gift.Suspend(ProviderFileText.Clip(SuspensionPrefix + reason, MoneyLimits.ReasonMaxLength), today);
            }
        }

        // A further refusal of an unpaid instalment changes nothing but is kept: the supervisor sees every failure.
        Record(line, instalment);
    }

    private void Record(ProviderLine line, Instalment instalment)
    {
        matcher.MarkApplied(line, instalment.DonationId);
        Applied.Add(new AppliedLine(line, instalment.DonationId));
    }

    private void Problem(ProviderLine line, string reason) => Problems.Add(new ImportProblem(line.LineNumber, reason, line.Raw));

    private static string Reference(ProviderLine line) =>
        line.EndToEndId ?? line.OriginalTransactionId ?? line.InstalmentId?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? line.TransactionId;
}
