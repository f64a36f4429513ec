using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>What a run would create now, per channel.</summary>
public sealed record ChannelPreview(RecurringChannel Channel, int Instalments, decimal Total, int Gifts);

/// <summary>A gift the run will stop (expired card, lapsed mandate) or one with an unpaid instalment awaiting a decision.</summary>
public sealed record GiftAttention(long GiftId, long ContactId, string ContactName, RecurringChannel Channel, decimal Amount, DateOnly NextDueOn, string Reason);

/// <summary>The preview a Superviseur confirms before the run: the same plan the run will write, not written.</summary>
public sealed record SchedulingPreview(
    DateOnly Month,
    IReadOnlyList<ChannelPreview> Channels,
    int SepaFirst,
    int SepaRecurring,
    IReadOnlyList<DateOnly> SepaCollectionDates,
    IReadOnlyList<GiftAttention> Stops,
    IReadOnlyList<GiftAttention> OpenUnpaid,
    IReadOnlyList<string> Blockers)
{
    public const int ListedGifts = 200;

    public int Instalments => Channels.Sum(c => c.Instalments);

    public decimal Total => Channels.Sum(c => c.Total);

    public bool CanRun => Blockers.Count == 0;
}

/// <summary>What a finished run did.</summary>
public sealed record SchedulingOutcome(
    long RunId, int Instalments, decimal Total, int SepaTransactions, int Stopped, IReadOnlyList<long> SepaFileIds, TimeSpan Elapsed, string Summary);
