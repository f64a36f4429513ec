using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>The number shown on each tab of the record, counted without loading the tabs.</summary>
public sealed record ContactTabCounts(int MemberCodes, int Memos, int CampaignsReceived, int JournalRows)
{
    public static ContactTabCounts None { get; } = new(0, 0, 0, 0);

    public int Payments { get; init; }

    public int Donations { get; init; }

    public int Orders { get; init; }

    public int Subscriptions { get; init; }

    /// <summary>Collected gifts only: the Synthèse counts what really came in.</summary>
    public int CollectedGifts { get; init; }

    public int Receipts { get; init; }

    public int Documents { get; init; }

    /// <summary>Card and PayPal gifts, running or not.</summary>
    public int RecurringGifts { get; init; }

    /// <summary>SEPA mandates, active or not.</summary>
    public int Mandates { get; init; }

    /// <summary>Links to other contacts, from either end, current or ended.</summary>
    public int Relations { get; init; }

    public int Sponsorships { get; init; }

    /// <summary>Petitions signed.</summary>
    public int Signatures { get; init; }

    /// <summary>Memberships, whatever their status.</summary>
    public int Memberships { get; init; }

    /// <summary>Event registrations, whatever their status.</summary>
    public int Events { get; init; }

    /// <summary>Email events (sent, open, click, unsubscribe, bounce).</summary>
    public int EmailEvents { get; init; }
}

public sealed class ContactTabCountsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<ContactTabCounts> HandleAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new
            {
                Codes = db.ContactMarketingCodes.Count(m => m.ContactId == contactId) + db.ContactScores.Count(s => s.ContactId == contactId),
                Memos = (c.GeneralMemo != null ? 1 : 0) + (c.AlertMemo != null ? 1 : 0) + (c.LegacyMemo != null ? 1 : 0) + (c.PortalMessage != null ? 1 : 0),
                Campaigns = db.CampaignReceptions.Count(r => r.ContactId == contactId),
                Journal = db.JournalEntries.Count(j => j.ContactId == contactId),
                Payments = db.Payments.Count(p => p.ContactId == contactId),
                Donations = db.Donations.Count(d => d.ContactId == contactId),
                Orders = db.Orders.Count(o => o.ContactId == contactId),
                Subscriptions = db.Subscriptions.Count(s => s.ContactId == contactId),
                CollectedGifts = db.DonorSummaries.Where(s => s.ContactId == contactId).Select(s => s.GiftCount).FirstOrDefault(),
                Receipts = db.TaxReceipts.Count(r => r.ContactId == contactId),
                Documents = db.Documents.Count(d => d.ContactId == contactId),
                RecurringGifts = db.RecurringGifts.Count(g => g.ContactId == contactId && g.Channel != RecurringChannel.DirectDebit),
                Mandates = db.SepaMandates.Count(m => m.ContactId == contactId),
                Relations = db.Relationships.Count(r => r.ContactAId == contactId || r.ContactBId == contactId),
                Sponsorships = db.Sponsorships.Count(s => s.ContactId == contactId),
                Signatures = db.PetitionSignatures.Count(s => s.ContactId == contactId),
                Memberships = db.Memberships.Count(m => m.ContactId == contactId),
                Events = db.EventParticipations.Count(p => p.ContactId == contactId),
                EmailEvents = db.EmailEvents.Count(e => e.ContactId == contactId),
            })
            .FirstOrDefaultAsync(ct);
        return counts is null
            ? ContactTabCounts.None
            : new ContactTabCounts(counts.Codes, counts.Memos, counts.Campaigns, counts.Journal)
            {
                Payments = counts.Payments,
                Donations = counts.Donations,
                Orders = counts.Orders,
                Subscriptions = counts.Subscriptions,
                CollectedGifts = counts.CollectedGifts,
                Receipts = counts.Receipts,
                Documents = counts.Documents,
                RecurringGifts = counts.RecurringGifts,
                Mandates = counts.Mandates,
                Relations = counts.Relations,
                Sponsorships = counts.Sponsorships,
                Signatures = counts.Signatures,
                Memberships = counts.Memberships,
                Events = counts.Events,
                EmailEvents = counts.EmailEvents,
            };
    }
}

/// <summary>Membre: entry and birth dates, internal marketing codes and external scores.</summary>
public sealed record ContactMemberTabView(
    DateOnly EntryDate, DateOnly? BirthDate, DateOnly? DeceasedOn, IReadOnlyList<AssignedCodeView> Codes, IReadOnlyList<ScoreView> Scores);

public sealed record AssignedCodeView(long CodeId, string Code, string Label, DateOnly Since);

public sealed record ScoreView(long ScoreTypeId, string Code, string Label, string Value, DateOnly ScoredOn);

public sealed class ContactMemberTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<ContactMemberTabView?> HandleAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var dates = await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Select(c => new { c.EntryDate, c.BirthDate, c.DeceasedOn }).FirstOrDefaultAsync(ct);
        if (dates is null)
        {
            return null;
        }

        var codes = await db.ContactMarketingCodes.AsNoTracking().Where(m => m.ContactId == contactId)
            .Join(db.MarketingCodes, m => m.MarketingCodeId, k => k.Id, (m, k) => new { m, k })
            .OrderBy(x => x.k.Code).Select(x => new AssignedCodeView(x.k.Id, x.k.Code, x.k.Label, x.m.Since)).ToListAsync(ct);
        var scores = await db.ContactScores.AsNoTracking().Where(s => s.ContactId == contactId)
            .Join(db.ScoreTypes, s => s.ScoreTypeId, k => k.Id, (s, k) => new { s, k })
            .OrderBy(x => x.k.Code).Select(x => new ScoreView(x.k.Id, x.k.Code, x.k.Label, x.s.Value, x.s.ScoredOn)).ToListAsync(ct);
        return new ContactMemberTabView(dates.EntryDate, dates.BirthDate, dates.DeceasedOn, codes, scores);
    }
}

/// <summary>Infos: the four memos and where the contact came from.</summary>
public sealed record ContactInfosTabView(Domain.Contacts.ContactMemos Memos, DateOnly OriginDate, string OriginCampaignCode, string OriginCampaignName);

public sealed class ContactInfosTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<ContactInfosTabView?> HandleAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId)
            .Join(db.Campaigns, c => c.OriginCampaignId, k => k.Id, (c, k) => new ContactInfosTabView(
                new Domain.Contacts.ContactMemos(c.GeneralMemo, c.AlertMemo, c.LegacyMemo, c.PortalMessage), c.EntryDate, k.Code, k.Name))
            .FirstOrDefaultAsync(ct);
    }
}

/// <summary>Campagnes: every campaign the contact received, newest first, a page at a time.</summary>
public sealed record CampaignReceptionRow(long Id, DateOnly ReceivedOn, string Code, string Name, CampaignChannel Channel);

public sealed class ContactCampaignsTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<CampaignReceptionRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var receptions = db.CampaignReceptions.AsNoTracking().Where(r => r.ContactId == contactId);
        var total = await receptions.CountAsync(ct);
        var rows = await receptions
            .OrderByDescending(r => r.ReceivedOn).ThenByDescending(r => r.Id)
            .Skip(page.Skip).Take(page.Take)
            .Join(db.Campaigns, r => r.CampaignId, k => k.Id, (r, k) => new CampaignReceptionRow(r.Id, r.ReceivedOn, k.Code, k.Name, k.Channel))
            .ToListAsync(ct);
        return new PagedResult<CampaignReceptionRow>(rows, total);
    }
}
