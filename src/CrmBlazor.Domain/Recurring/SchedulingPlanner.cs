namespace CrmBlazor.Domain.Recurring;

/// <summary>An active gift due by the end of the run's month, with what the rules need of its mandate.</summary>
public sealed record DueGift(
    long GiftId, long ContactId, RecurringChannel Channel, decimal Amount, Periodicity Periodicity, int AnchorDay, DateOnly NextDueOn,
    DateOnly? CardExpiresOn, long? MandateId = null, MandateStatus? MandateStatus = null, DateOnly? MandateSignedOn = null,
    DateOnly? MandateLastCollectionOn = null);

public sealed record PlannedInstalment(
    long GiftId, long ContactId, RecurringChannel Channel, decimal Amount, DateOnly DueOn, DateOnly CollectOn, SepaSequence? Sequence, long? MandateId);

public sealed record GiftAfterRun(long GiftId, long ContactId, DateOnly PreviousDueOn, DateOnly NextDueOn, RecurringGiftStatus Status, string? Reason);

public sealed record MandateAfterRun(long MandateId, long ContactId, DateOnly? LastCollectionOn, bool Lapses);

public sealed record SchedulingPlan(
    IReadOnlyList<PlannedInstalment> Instalments, IReadOnlyList<GiftAfterRun> Gifts, IReadOnlyList<MandateAfterRun> Mandates)
{
    public IEnumerable<GiftAfterRun> Stopped => Gifts.Where(g => g.Status != RecurringGiftStatus.Active);
}

/// <summary>
/// What a scheduling run does, decided without the database: every due date of an active gift up to the end of the
/// month becomes an instalment (earlier ones missed included), the next due date moves past them; a card expired
/// by its due date suspends the gift; a mandate unused for 36 months lapses and its gifts stop. SEPA debits are
/// asked for the due date, or the first TARGET2 business day at least <c>leadDays</c> after today.
/// </summary>
public static class SchedulingPlanner
{
    public static SchedulingPlan Plan(IEnumerable<DueGift> gifts, DateOnly today, DateOnly monthEnd, int sepaLeadDays)
    {
        var instalments = new List<PlannedInstalment>();
        var after = new List<GiftAfterRun>();
        var mandates = new Dictionary<long, MandateAfterRun>();
        var earliestCollection = TargetCalendar.OnOrAfter(today.AddDays(sepaLeadDays));

        foreach (var gift in gifts.OrderBy(g => g.MandateId).ThenBy(g => g.NextDueOn).ThenBy(g => g.GiftId))
        {
            var due = gift.NextDueOn;
            string? stop = null;
            var status = RecurringGiftStatus.Active;
            while (due <= monthEnd)
            {
                if (gift.CardExpiresOn is { } expiry && expiry < due)
                {
                    status = RecurringGiftStatus.Suspended;
                    stop = $"Carte expirée fin {expiry:MM/yyyy} : contacter le donateur";
                    break;
                }

                SepaSequence? sequence = null;
                var collectOn = due;
                if (gift.Channel == RecurringChannel.DirectDebit)
                {
                    var mandateId = gift.MandateId!.Value;
                    var mandate = mandates.GetValueOrDefault(mandateId)
                        ?? new MandateAfterRun(mandateId, gift.ContactId, gift.MandateLastCollectionOn, false);
                    if (gift.MandateStatus != MandateStatus.Active || mandate.Lapses
                        || due > SepaMandate.LapseDate(gift.MandateSignedOn!.Value, mandate.LastCollectionOn))
                    {
                        status = RecurringGiftStatus.Cancelled;
                        stop = gift.MandateStatus == MandateStatus.Revoked
                            ? "Mandat révoqué"
                            : "Mandat caduc : aucun prélèvement présenté depuis 36 mois";
                        if (gift.MandateStatus == MandateStatus.Active)
                        {
                            mandates[mandateId] = mandate with { Lapses = true };
                        }

                        break;
                    }

                    sequence = mandate.LastCollectionOn is null ? SepaSequence.First : SepaSequence.Recurring;
                    collectOn = TargetCalendar.OnOrAfter(due < earliestCollection ? earliestCollection : due);
                    mandates[mandateId] = mandate with { LastCollectionOn = Max(mandate.LastCollectionOn, due) };
                }

                instalments.Add(new PlannedInstalment(gift.GiftId, gift.ContactId, gift.Channel, gift.Amount, due, collectOn, sequence, gift.MandateId));
                due = DueDates.Next(due, gift.Periodicity, gift.AnchorDay);
            }

            after.Add(new GiftAfterRun(gift.GiftId, gift.ContactId, gift.NextDueOn, due, status, stop));
        }

        return new SchedulingPlan(instalments, after, mandates.Values.ToList());
    }

    private static DateOnly Max(DateOnly? a, DateOnly b) => a is { } x && x > b ? x : b;
}
