using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// Finds the instalment each line of a file is about. Everything a file can point to is loaded up front, a few
/// queries by keys for the whole file (never one per line), with a snapshot of the fields an import may change:
/// the domain changes the rows in memory and <see cref="ProviderImportWriter"/> writes the differences.
/// </summary>
internal sealed class ProviderLineMatcher
{
    private readonly Dictionary<long, Instalment> _instalments = [];
    private readonly Dictionary<string, Instalment> _byEndToEnd = new(StringComparer.Ordinal);
    private readonly Dictionary<(RecurringChannel, string), RecurringGift> _giftsByReference = [];
    private readonly Dictionary<long, List<Instalment>> _byGift = [];
    private readonly Dictionary<(RecurringChannel, string), long> _byTransaction = [];
    private readonly HashSet<(RecurringChannel, string, TransactionOutcome)> _applied = [];
    private readonly Dictionary<object, (string Field, object? Value)[]> _snapshots = new(ReferenceEqualityComparer.Instance);

    private ProviderLineMatcher()
    {
    }

    public Dictionary<long, Donation> Donations { get; } = [];

    public Dictionary<long, RecurringGift> Gifts { get; } = [];

    public IEnumerable<Instalment> Instalments => _instalments.Values;

    public static async Task<ProviderLineMatcher> LoadAsync(AppDbContext db, IReadOnlyList<ProviderLine> lines, CancellationToken ct)
    {
        var matcher = new ProviderLineMatcher();
        if (lines.Count == 0)
        {
            return matcher;
        }

        var transactionIds = lines.Select(l => l.TransactionId).Concat(lines.Select(l => l.OriginalTransactionId).OfType<string>()).Distinct().ToList();
        var known = await db.ProviderTransactions.AsNoTracking().Where(p => transactionIds.Contains(p.TransactionId))
            .Select(p => new { p.Channel, p.TransactionId, p.Outcome, p.InstalmentId }).ToListAsync(ct);
        foreach (var row in known)
        {
            matcher._applied.Add((row.Channel, row.TransactionId, row.Outcome));
            matcher._byTransaction.TryAdd((row.Channel, row.TransactionId), row.InstalmentId);
        }

        // An end-to-end id names its donation: returns are found by primary key like the lines that carry an instalment id.
        var ids = lines.Select(l => l.InstalmentId)
            .Concat(lines.Select(l => l.EndToEndId is { } e2e ? SepaEndToEnd.DonationId(e2e) : null))
            .OfType<long>().Concat(matcher._byTransaction.Values).Distinct().ToList();
        matcher.Add(await db.Instalments.AsNoTracking().Where(i => ids.Contains(i.DonationId)).ToListAsync(ct));

        // The first instalment, collected by the online form, carries its transaction id without an imported line.
        var byTransaction = await db.Instalments.AsNoTracking().Where(i => transactionIds.Contains(i.ProviderTransactionId!)).ToListAsync(ct);
        matcher.Add(byTransaction);
        foreach (var instalment in byTransaction)
        {
            matcher._byTransaction.TryAdd((instalment.Channel, instalment.ProviderTransactionId!), instalment.DonationId);
        }

        await matcher.LoadSubscriptionsAsync(db, lines, ct);

        var instalmentIds = matcher._instalments.Keys.ToList();
        foreach (var donation in await db.Donations.AsNoTracking().Where(d => instalmentIds.Contains(d.Id)).ToListAsync(ct))
        {
            matcher.Donations[donation.Id] = donation;
        }

        var giftIds = matcher._instalments.Values.Select(i => i.RecurringGiftId).Distinct().Except(matcher.Gifts.Keys).ToList();
        foreach (var gift in await db.RecurringGifts.AsNoTracking().Where(g => giftIds.Contains(g.Id)).ToListAsync(ct))
        {
            matcher.Gifts[gift.Id] = gift;
        }

        matcher.Snapshot(matcher._instalments.Values, RowFields.Of);
        matcher.Snapshot(matcher.Donations.Values, RowFields.Of);
        matcher.Snapshot(matcher.Gifts.Values, RowFields.Of);
        return matcher;
    }

    /// <summary>The rows whose fields differ from when they were read, with the differences as the journal lists them.</summary>
    public IEnumerable<(T Row, IReadOnlyList<FieldChange> Changes)> Changed<T>(IEnumerable<T> rows, Func<T, (string Field, object? Value)[]> fields)
        where T : class
    {
        foreach (var row in rows)
        {
            var before = _snapshots[row];
            var changes = JournalValue.Diff(before.Zip(fields(row), (b, a) => (b.Field, b.Value, a.Value)));
            if (changes.Count > 0)
            {
                yield return (row, changes);
            }
        }
    }

    private void Snapshot<T>(IEnumerable<T> rows, Func<T, (string Field, object? Value)[]> fields)
        where T : class
    {
        foreach (var row in rows)
        {
            _snapshots[row] = fields(row);
        }
    }

    /// <summary>The same transaction with the same outcome was applied before: nothing to do.</summary>
    public bool WasApplied(ProviderLine line) => _applied.Contains((line.Channel, line.TransactionId, line.Outcome));

    public void MarkApplied(ProviderLine line, long instalmentId)
    {
        _applied.Add((line.Channel, line.TransactionId, line.Outcome));
        _byTransaction.TryAdd((line.Channel, line.TransactionId), instalmentId);
    }

    /// <summary>
    /// Our instalment id, else the SEPA end-to-end id, else the transaction itself when it was met before (a status
    /// PayPal rewrote, the first payment the online form recorded), else the transaction a refund undoes, else the
    /// subscription and the date. An id that points to another channel's or another subscription's instalment is not trusted.
    /// </summary>
    public Instalment? Find(ProviderLine line)
    {
        if (line.InstalmentId is { } id && _instalments.TryGetValue(id, out var byId) && byId.Channel == line.Channel && SameSubscription(byId, line))
        {
            return byId;
        }

        if (_byTransaction.TryGetValue((line.Channel, line.TransactionId), out var seen) && _instalments.TryGetValue(seen, out var bySeen))
        {
            return bySeen;
        }

        if (line.EndToEndId is { } endToEnd && _byEndToEnd.TryGetValue(endToEnd, out var byEndToEnd) && byEndToEnd.Channel == line.Channel)
        {
            return byEndToEnd;
        }

        if (line.OriginalTransactionId is { } original && _byTransaction.TryGetValue((line.Channel, original), out var undone)
            && _instalments.TryGetValue(undone, out var byOriginal))
        {
            return byOriginal;
        }

        return line.SubscriptionReference is { } reference && _giftsByReference.TryGetValue((line.Channel, reference), out var gift)
            ? Closest(gift, line)
            : null;
    }

    /// <summary>The gift's instalments this import loaded, as they stand in memory.</summary>
    public IEnumerable<Instalment> InstalmentsOf(long giftId) => _instalments.Values.Where(i => i.RecurringGiftId == giftId);

    public bool IsLoaded(long instalmentId) => _instalments.ContainsKey(instalmentId);

    /// <summary>
    /// The instalment of the gift due closest to the line's date, less than one period either side. Among equally close
    /// ones, one still waiting for this outcome wins (for a capture: pending, or unpaid and retried; for a refusal: not
    /// cancelled), then the pending one.
    /// </summary>
    private Instalment? Closest(RecurringGift gift, ProviderLine line)
    {
        if (!_byGift.TryGetValue(gift.Id, out var instalments))
        {
            return null;
        }

        var months = gift.Periodicity.Months();
        return instalments
            .Where(i => line.OccurredOn > i.DueOn.AddMonths(-months) && line.OccurredOn < i.DueOn.AddMonths(months))
            .OrderBy(i => Math.Abs(i.DueOn.DayNumber - line.OccurredOn.DayNumber))
            .ThenByDescending(i => Awaits(i, line.Outcome))
            .ThenBy(i => i.Status == InstalmentStatus.Pending ? 0 : 1)
            .FirstOrDefault();
    }

    private static bool Awaits(Instalment instalment, TransactionOutcome outcome) => outcome == TransactionOutcome.Collected
        ? instalment.Status is InstalmentStatus.Pending or InstalmentStatus.Unpaid
        : instalment.Status != InstalmentStatus.Cancelled;

    private bool SameSubscription(Instalment instalment, ProviderLine line) =>
        line.SubscriptionReference is null || !Gifts.TryGetValue(instalment.RecurringGiftId, out var gift) || gift.ProviderReference is null
        || gift.ProviderReference == line.SubscriptionReference;

    private async Task LoadSubscriptionsAsync(AppDbContext db, IReadOnlyList<ProviderLine> lines, CancellationToken ct)
    {
        foreach (var channel in lines.Where(l => l.SubscriptionReference is not null).GroupBy(l => l.Channel))
        {
            var references = channel.Select(l => l.SubscriptionReference!).Distinct().ToList();
            var gifts = await db.RecurringGifts.AsNoTracking().Where(g => g.Channel == channel.Key && references.Contains(g.ProviderReference!)).ToListAsync(ct);
            foreach (var gift in gifts)
            {
                _giftsByReference[(gift.Channel, gift.ProviderReference!)] = gift;
                Gifts[gift.Id] = gift;
            }
        }

        if (_giftsByReference.Count == 0)
        {
            return;
        }

        // One query per rhythm: each looks one period either side of the file's dates.
        var first = lines.Min(l => l.OccurredOn);
        var last = lines.Max(l => l.OccurredOn);
        foreach (var rhythm in _giftsByReference.Values.GroupBy(g => g.Periodicity))
        {
            var giftIds = rhythm.Select(g => g.Id).ToList();
            var from = first.AddMonths(-rhythm.Key.Months());
            var to = last.AddMonths(rhythm.Key.Months());
            Add(await db.Instalments.AsNoTracking().Where(i => giftIds.Contains(i.RecurringGiftId) && i.DueOn >= from && i.DueOn <= to).ToListAsync(ct));
        }
    }

    private void Add(IEnumerable<Instalment> instalments)
    {
        foreach (var instalment in instalments)
        {
            if (!_instalments.TryAdd(instalment.DonationId, instalment))
            {
                continue;
            }

            if (instalment.EndToEndId is { } endToEnd)
            {
                _byEndToEnd.TryAdd(endToEnd, instalment);
            }

            if (!_byGift.TryGetValue(instalment.RecurringGiftId, out var ofGift))
            {
                _byGift[instalment.RecurringGiftId] = ofGift = [];
            }

            ofGift.Add(instalment);
        }
    }
}
