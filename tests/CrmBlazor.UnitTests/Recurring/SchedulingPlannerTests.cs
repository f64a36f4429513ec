using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

public sealed class SchedulingPlannerTests
{
    private static readonly DateOnly AprilFirst = new(2026, 4, 1);
    private static readonly DateOnly AprilEnd = new(2026, 4, 30);

    [Fact]
    public void Marie_Dupont_monthly_card_gift_first_collected_15_March_gets_15_April_and_next_due_15_May()
    {
        var gift = new DueGift(1, 10, RecurringChannel.Card, 10m, Periodicity.Monthly, 15, new DateOnly(2026, 4, 15), new DateOnly(2028, 12, 31));

        var plan = SchedulingPlanner.Plan([gift], AprilFirst, AprilEnd, 2);

        var instalment = Assert.Single(plan.Instalments);
        Assert.Equal(new DateOnly(2026, 4, 15), instalment.DueOn);
        Assert.Equal(new DateOnly(2026, 4, 15), instalment.CollectOn);
        Assert.Equal(10m, instalment.Amount);
        Assert.Null(instalment.Sequence);
        Assert.Equal(new DateOnly(2026, 5, 15), Assert.Single(plan.Gifts).NextDueOn);
    }

    [Fact]
    public void Jean_Martin_quarterly_PayPal_gift_first_paid_10_January_is_due_10_April_then_10_July()
    {
        var gift = new DueGift(2, 20, RecurringChannel.PayPal, 30m, Periodicity.Quarterly, 10, new DateOnly(2026, 4, 10), null);

        var plan = SchedulingPlanner.Plan([gift], AprilFirst, AprilEnd, 2);

        Assert.Equal(new DateOnly(2026, 4, 10), Assert.Single(plan.Instalments).DueOn);
        Assert.Equal(new DateOnly(2026, 7, 10), Assert.Single(plan.Gifts).NextDueOn);
    }

    [Fact]
    public void A_gift_not_due_before_the_month_end_is_left_alone_by_the_caller_and_months_missed_are_caught_up()
    {
        var late = new DueGift(3, 30, RecurringChannel.Card, 5m, Periodicity.Monthly, 31, new DateOnly(2026, 2, 28), null);

        var plan = SchedulingPlanner.Plan([late], AprilFirst, AprilEnd, 2);

        Assert.Equal([new DateOnly(2026, 2, 28), new DateOnly(2026, 3, 31), new DateOnly(2026, 4, 30)], plan.Instalments.Select(i => i.DueOn));
        Assert.Equal(new DateOnly(2026, 5, 31), Assert.Single(plan.Gifts).NextDueOn);
    }

    [Fact]
    public void A_card_expired_before_the_due_date_suspends_the_gift_and_creates_nothing()
    {
        var gift = new DueGift(4, 40, RecurringChannel.Card, 10m, Periodicity.Monthly, 15, new DateOnly(2026, 4, 15), new DateOnly(2026, 3, 31));

        var plan = SchedulingPlanner.Plan([gift], AprilFirst, AprilEnd, 2);

        Assert.Empty(plan.Instalments);
        var after = Assert.Single(plan.Gifts);
        Assert.Equal(RecurringGiftStatus.Suspended, after.Status);
        Assert.Contains("03/2026", after.Reason);
        Assert.Equal(new DateOnly(2026, 4, 15), after.NextDueOn);
    }

    [Fact]
    public void A_mandate_first_collection_is_FRST_then_RCUR_and_never_before_the_lead_time()
    {
        var unused = new DueGift(5, 50, RecurringChannel.DirectDebit, 20m, Periodicity.Monthly, 2, new DateOnly(2026, 4, 2), null,
            MandateId: 500, MandateStatus: MandateStatus.Active, MandateSignedOn: new DateOnly(2026, 3, 20));
        var used = new DueGift(6, 60, RecurringChannel.DirectDebit, 15m, Periodicity.Monthly, 20, new DateOnly(2026, 4, 20), null,
            MandateId: 600, MandateStatus: MandateStatus.Active, MandateSignedOn: new DateOnly(2020, 1, 1), MandateLastCollectionOn: new DateOnly(2026, 3, 20));

        var plan = SchedulingPlanner.Plan([unused, used], AprilFirst, AprilEnd, 2);

        var first = plan.Instalments.Single(i => i.GiftId == 5);
        Assert.Equal(SepaSequence.First, first.Sequence);
        Assert.Equal(new DateOnly(2026, 4, 2), first.DueOn);
        Assert.Equal(new DateOnly(2026, 4, 7), first.CollectOn); // 3 April Good Friday, weekend, 6 April Easter Monday
        var recurring = plan.Instalments.Single(i => i.GiftId == 6);
        Assert.Equal(SepaSequence.Recurring, recurring.Sequence);
        Assert.Equal(new DateOnly(2026, 4, 20), recurring.CollectOn);
        Assert.Equal(new DateOnly(2026, 4, 2), plan.Mandates.Single(m => m.MandateId == 500).LastCollectionOn);
    }

    [Fact]
    public void A_mandate_unused_for_36_months_lapses_and_its_gift_is_cancelled()
    {
        var gift = new DueGift(7, 70, RecurringChannel.DirectDebit, 20m, Periodicity.Yearly, 10, new DateOnly(2026, 4, 10), null,
            MandateId: 700, MandateStatus: MandateStatus.Active, MandateSignedOn: new DateOnly(2019, 1, 1), MandateLastCollectionOn: new DateOnly(2023, 4, 9));

        var plan = SchedulingPlanner.Plan([gift], AprilFirst, AprilEnd, 2);

        Assert.Empty(plan.Instalments);
        Assert.Equal(RecurringGiftStatus.Cancelled, Assert.Single(plan.Gifts).Status);
        Assert.True(Assert.Single(plan.Mandates).Lapses);
    }
}
