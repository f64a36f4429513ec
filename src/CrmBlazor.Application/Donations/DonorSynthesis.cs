using CrmBlazor.Domain.Common;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Donations;

public sealed record GiftView(DateOnly On, decimal Amount);

public sealed record YearGiving(int Year, decimal Total, int GiftCount);

/// <summary>
/// Synthèse: the donor at a glance, from collected gifts only (the database keeps <c>donor_summaries</c>
/// and <c>donor_year_totals</c>). <see cref="Years"/> has every one of the last years, oldest first, zeros included.
/// </summary>
public sealed record DonorSynthesisView(
    GiftView FirstGift,
    GiftView LastGift,
    decimal LifetimeTotal,
    int GiftCount,
    YearGiving ThisYear,
    YearGiving LastYear,
    decimal LargestGift,
    decimal AverageGift,
    IReadOnlyList<YearGiving> Years);

public sealed class DonorSynthesisHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int YearsShown = 10;

    /// <summary>The synthesis, or null when the contact never had a gift collected.</summary>
    public async Task<DonorSynthesisView?> HandleAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var summary = await db.DonorSummaries.AsNoTracking().FirstOrDefaultAsync(s => s.ContactId == contactId, ct);
        if (summary is null)
        {
            return null;
        }

        var thisYear = ParisTime.Today(clock).Year;
        var firstYear = thisYear - YearsShown + 1;
        var totals = await db.DonorYearTotals.AsNoTracking().Where(t => t.ContactId == contactId && t.Year >= firstYear)
            .ToDictionaryAsync(t => t.Year, t => new YearGiving(t.Year, t.Total, t.GiftCount), ct);
        var years = Enumerable.Range(firstYear, YearsShown).Select(y => totals.GetValueOrDefault(y) ?? new YearGiving(y, 0, 0)).ToList();
        return new DonorSynthesisView(
            new GiftView(summary.FirstGiftOn, summary.FirstGiftAmount),
            new GiftView(summary.LastGiftOn, summary.LastGiftAmount),
            summary.LifetimeTotal,
            summary.GiftCount,
            years[^1],
            years[^2],
            summary.LargestGift,
            summary.AverageGift,
            years);
    }
}
