namespace CrmBlazor.Domain.Donations;

/// <summary>
/// A contact's giving at a glance, from collected donations only. Kept by the database itself
/// (statement triggers on donations), so no code path can forget it; segments read it.
/// </summary>
[CrmBlazor.Domain.Journal.NotJournaled]
public sealed class DonorSummary
{
    private DonorSummary()
    {
    }

    public long ContactId { get; private set; }

    public DateOnly FirstGiftOn { get; private set; }

    public decimal FirstGiftAmount { get; private set; }

    public DateOnly LastGiftOn { get; private set; }

    public decimal LastGiftAmount { get; private set; }

    public int GiftCount { get; private set; }

    public decimal LifetimeTotal { get; private set; }

    public decimal LargestGift { get; private set; }

    public decimal AverageGift => GiftCount == 0 ? 0 : decimal.Round(LifetimeTotal / GiftCount, 2);
}

/// <summary>A contact's collected giving in one calendar year; kept with <see cref="DonorSummary"/>.</summary>
[CrmBlazor.Domain.Journal.NotJournaled]
public sealed class DonorYearTotal
{
    private DonorYearTotal()
    {
    }

    public long ContactId { get; private set; }

    public int Year { get; private set; }

    public decimal Total { get; private set; }

    public int GiftCount { get; private set; }
}
