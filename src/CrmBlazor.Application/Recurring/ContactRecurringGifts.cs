using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>One of a gift's latest instalments, as the record shows it.</summary>
public sealed record InstalmentLine(
    DateOnly DueOn, decimal Amount, InstalmentStatus Status, string? FailureCode, string? FailureReason, UnpaidResolution? Resolution);

/// <summary>A recurring gift on the record: its terms, where it stands, and its latest instalments (newest first).</summary>
public sealed record RecurringGiftRow(
    long Id, RecurringChannel Channel, decimal Amount, Periodicity Periodicity, string CampaignCode, int AnchorDay, DateOnly StartsOn,
    DateOnly NextDueOn, RecurringGiftStatus Status, string? StatusReason, DateOnly? StatusChangedOn, string? ProviderReference,
    DateOnly? CardExpiresOn, long? MandateId, uint Version, IReadOnlyList<InstalmentLine> LastInstalments)
{
    public bool IsRunning => Status is RecurringGiftStatus.Active or RecurringGiftStatus.Suspended;

    /// <summary>The card will be refused at the next due date: a new card means a new gift.</summary>
    public bool CardExpiresBeforeNextDue => IsRunning && CardExpiresOn is { } expiry && expiry < NextDueOn;
}

/// <summary>« CB régulières »: the contact's card and PayPal gifts, running ones first, a page at a time.</summary>
public sealed class ContactRecurringGiftsTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<RecurringGiftRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var gifts = db.RecurringGifts.AsNoTracking().Where(g => g.ContactId == contactId && g.Channel != RecurringChannel.DirectDebit);
        var total = await gifts.CountAsync(ct);
        var pageOfGifts = await gifts
            .OrderBy(g => g.Status == RecurringGiftStatus.Active || g.Status == RecurringGiftStatus.Suspended ? 0 : 1)
            .ThenByDescending(g => g.StartsOn).ThenByDescending(g => g.Id)
            .Skip(page.Skip).Take(page.Take)
            .ToListAsync(ct);
        return new PagedResult<RecurringGiftRow>(await RecurringGiftRows.ToRowsAsync(db, pageOfGifts, ct), total);
    }
}

/// <summary>Gifts as rows, with their campaign code and latest instalments fetched in two queries for the whole page.</summary>
internal static class RecurringGiftRows
{
    /// <summary>How many of a gift's instalments the record shows.</summary>
    public const int LastInstalments = 4;

    public static async Task<IReadOnlyList<RecurringGiftRow>> ToRowsAsync(AppDbContext db, IReadOnlyList<RecurringGift> gifts, CancellationToken ct)
    {
        if (gifts.Count == 0)
        {
            return [];
        }

        var ids = gifts.Select(g => g.Id).ToList();
        var campaignIds = gifts.Select(g => g.CampaignId).Distinct().ToList();
        var codes = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Code, ct);
        var instalments = await db.RecurringGifts.AsNoTracking().Where(g => ids.Contains(g.Id))
            .SelectMany(g => db.Instalments.Where(i => i.RecurringGiftId == g.Id).OrderByDescending(i => i.DueOn).Take(LastInstalments))
            .Select(i => new { i.RecurringGiftId, Line = new InstalmentLine(i.DueOn, i.Amount, i.Status, i.FailureCode, i.FailureReason, i.Resolution) })
            .ToListAsync(ct);
        var linesByGift = instalments.ToLookup(i => i.RecurringGiftId, i => i.Line);
        return gifts.Select(g => new RecurringGiftRow(
                g.Id, g.Channel, g.Amount, g.Periodicity, codes.GetValueOrDefault(g.CampaignId, ""), g.AnchorDay, g.StartsOn, g.NextDueOn, g.Status,
                g.StatusReason, g.StatusChangedOn, g.ProviderReference, g.CardExpiresOn, g.MandateId, g.Version,
                linesByGift[g.Id].OrderByDescending(l => l.DueOn).ToList()))
            .ToList();
    }
}
