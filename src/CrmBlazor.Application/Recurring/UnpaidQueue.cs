using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>
/// An unpaid instalment awaiting a Superviseur's decision, with what helps decide: the failure, the gift's earlier
/// failures (due dates, oldest first) and the notes of calls to the donor.
/// </summary>
public sealed record UnpaidRow(
    long InstalmentId, uint Version, long ContactId, long MemberNumber, string ContactName, long GiftId, RecurringChannel Channel,
    decimal Amount, Periodicity Periodicity, RecurringGiftStatus GiftStatus, DateOnly DueOn, string? FailureCode, string? FailureReason,
    DateOnly? FailedOn, IReadOnlyList<DateOnly> EarlierFailures, string? FollowUpNote);

/// <summary>« Impayés »: the undecided unpaid instalments, oldest failure first, a page at a time.</summary>
public sealed class UnpaidQueueHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<UnpaidRow>> HandleAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var awaiting = db.Instalments.AsNoTracking().Where(i => i.Status == InstalmentStatus.Unpaid && i.Resolution == null);
        var total = await awaiting.CountAsync(ct);
        var rows = await awaiting
            .OrderBy(i => i.FailedOn).ThenBy(i => i.DueOn).ThenBy(i => i.DonationId)
            .Skip(page.Skip).Take(page.Take)
            .Join(db.RecurringGifts, i => i.RecurringGiftId, g => g.Id, (i, g) => new { Instalment = i, g.Periodicity, GiftStatus = g.Status })
            .Join(db.Contacts, x => x.Instalment.ContactId, c => c.Id, (x, c) => new
            {
                x.Instalment, x.Periodicity, x.GiftStatus, c.MemberNumber, c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName,
            })
            .ToListAsync(ct);
        var giftIds = rows.Select(r => r.Instalment.RecurringGiftId).Distinct().ToList();
        var failures = (await db.Instalments.AsNoTracking()
                .Where(i => giftIds.Contains(i.RecurringGiftId) && i.Status == InstalmentStatus.Unpaid)
                .Select(i => new { i.RecurringGiftId, i.DueOn })
                .ToListAsync(ct))
            .ToLookup(i => i.RecurringGiftId, i => i.DueOn);
        var items = rows
            .OrderBy(r => r.Instalment.FailedOn).ThenBy(r => r.Instalment.DueOn).ThenBy(r => r.Instalment.DonationId)
            .Select(r => new UnpaidRow(
                r.Instalment.DonationId, r.Instalment.Version, r.Instalment.ContactId, r.MemberNumber,
                ContactNames.Display(r.Kind, r.Civility, r.FirstName, r.LastName, r.OrganisationName), r.Instalment.RecurringGiftId, r.Instalment.Channel,
                r.Instalment.Amount, r.Periodicity, r.GiftStatus, r.Instalment.DueOn, r.Instalment.FailureCode, r.Instalment.FailureReason,
                r.Instalment.FailedOn, failures[r.Instalment.RecurringGiftId].Where(d => d < r.Instalment.DueOn).Order().ToList(),
                r.Instalment.FollowUpNote))
            .ToList();
        return new PagedResult<UnpaidRow>(items, total);
    }
}

/// <summary>An active card gift whose card expires before its next due date: the donor must be asked for a new card.</summary>
public sealed record ExpiringCardRow(
    long GiftId, long ContactId, long MemberNumber, string ContactName, decimal Amount, Periodicity Periodicity, DateOnly CardExpiresOn,
    DateOnly NextDueOn, string? ProviderReference);

/// <summary>« Cartes expirées avant la prochaine échéance », the soonest expiry first, a page at a time.</summary>
public sealed class ExpiringCardsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<ExpiringCardRow>> HandleAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var expiring = db.RecurringGifts.AsNoTracking().Where(g =>
            g.Channel == RecurringChannel.Card && g.Status == RecurringGiftStatus.Active && g.CardExpiresOn != null && g.CardExpiresOn < g.NextDueOn);
        var total = await expiring.CountAsync(ct);
        var rows = await expiring
            .OrderBy(g => g.CardExpiresOn).ThenBy(g => g.Id)
            .Skip(page.Skip).Take(page.Take)
            .Join(db.Contacts, g => g.ContactId, c => c.Id, (g, c) => new
            {
                Gift = g, c.MemberNumber, c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new ExpiringCardRow(
                r.Gift.Id, r.Gift.ContactId, r.MemberNumber, ContactNames.Display(r.Kind, r.Civility, r.FirstName, r.LastName, r.OrganisationName),
                r.Gift.Amount, r.Gift.Periodicity, r.Gift.CardExpiresOn!.Value, r.Gift.NextDueOn, r.Gift.ProviderReference))
            .ToList();
        return new PagedResult<ExpiringCardRow>(items, total);
    }
}
