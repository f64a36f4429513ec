using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>
/// A mandate on the record: the account shown formatted, its last collection and, while active, the day it will lapse
/// if nothing is presented (« caduc le … »); with the direct-debit gifts taken under it.
/// </summary>
public sealed record MandateRow(
    long Id, string Rum, string Iban, string? Bic, string DebtorName, DateOnly SignedOn, MandateStatus Status, string? StatusReason,
    DateOnly? StatusChangedOn, DateOnly? LastCollectionOn, DateOnly? LapsesOn, uint Version, IReadOnlyList<RecurringGiftRow> Gifts)
{
    /// <summary>New direct debits may be taken under it today.</summary>
    public bool IsUsable => Status == MandateStatus.Active && LapsesOn is not null;
}

/// <summary>« Prélèvements »: the contact's mandates, active ones first, each with its gifts; a page of mandates at a time.</summary>
public sealed class ContactDirectDebitsTabHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PagedResult<MandateRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mandates = db.SepaMandates.AsNoTracking().Where(m => m.ContactId == contactId);
        var total = await mandates.CountAsync(ct);
        var pageOfMandates = await mandates
            .OrderBy(m => m.Status == MandateStatus.Active ? 0 : 1).ThenByDescending(m => m.SignedOn).ThenByDescending(m => m.Id)
            .Skip(page.Skip).Take(page.Take)
            .ToListAsync(ct);
        var ids = pageOfMandates.Select(m => m.Id).ToList();
        var gifts = await db.RecurringGifts.AsNoTracking().Where(g => g.MandateId != null && ids.Contains(g.MandateId.Value))
            .OrderBy(g => g.Status == RecurringGiftStatus.Active || g.Status == RecurringGiftStatus.Suspended ? 0 : 1)
            .ThenByDescending(g => g.StartsOn).ThenByDescending(g => g.Id)
            .ToListAsync(ct);
        var rows = (await RecurringGiftRows.ToRowsAsync(db, gifts, ct)).ToLookup(g => g.MandateId);
        var today = ParisTime.Today(clock);
        var items = pageOfMandates.Select(m => new MandateRow(
                m.Id, m.Rum, Iban.Format(m.Iban), m.Bic, m.DebtorName, m.SignedOn, m.Status, m.StatusReason, m.StatusChangedOn, m.LastCollectionOn,
                m.Status == MandateStatus.Active && !m.HasLapsedOn(today) ? m.LapsesAfter.AddDays(1) : null, m.Version, rows[m.Id].ToList()))
            .ToList();
        return new PagedResult<MandateRow>(items, total);
    }
}
