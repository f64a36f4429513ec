using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Mail;

public sealed record EmailEngagementRow(
    long Id, DateTimeOffset OccurredAt, EmailEventKind Kind, BounceKind? Bounce, string Address, string? CampaignCode, string? CampaignName,
    string? Detail, string Source);

/// <summary>Per campaign: how many emails went, were opened, clicked, bounced.</summary>
public sealed record EmailEngagementSummary(string? CampaignCode, string? CampaignName, int Sent, int Opens, int Clicks, int Bounces, int Unsubscribes);

/// <summary>The record's « Comportements email » tab: the contact's email events, newest first, and a per-campaign summary.</summary>
public sealed class ContactEmailEngagementHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<EmailEngagementRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = db.EmailEvents.AsNoTracking().Where(e => e.ContactId == contactId);
        var total = await events.CountAsync(ct);
        var rows = await events
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(e => new EmailEngagementRow(
                e.Id, e.OccurredAt, e.Kind, e.Bounce, e.Address,
                db.Campaigns.Where(c => c.Id == e.CampaignId).Select(c => c.Code).FirstOrDefault(),
                db.Campaigns.Where(c => c.Id == e.CampaignId).Select(c => c.Name).FirstOrDefault(),
                e.Detail, e.Source))
            .ToListAsync(ct);
        return new PagedResult<EmailEngagementRow>(rows, total);
    }

    /// <summary>The day the contact unsubscribed from email appeals, if it did.</summary>
    public async Task<DateOnly?> AppealsStoppedOnAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Contacts.AsNoTracking().Where(c => c.Id == contactId).Select(c => c.EmailAppealsStoppedOn).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<EmailEngagementSummary>> SummaryAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var groups = await db.EmailEvents.AsNoTracking().Where(e => e.ContactId == contactId)
            .GroupBy(e => e.CampaignId)
            .Select(g => new
            {
                CampaignId = g.Key,
                Sent = g.Count(e => e.Kind == EmailEventKind.Sent),
                Opens = g.Count(e => e.Kind == EmailEventKind.Open),
                Clicks = g.Count(e => e.Kind == EmailEventKind.Click),
                Bounces = g.Count(e => e.Kind == EmailEventKind.Bounce),
                Unsubscribes = g.Count(e => e.Kind == EmailEventKind.Unsubscribe),
                Last = g.Max(e => e.OccurredAt),
            })
            .OrderByDescending(g => g.Last)
            .ToListAsync(ct);
        var ids = groups.Where(g => g.CampaignId != null).Select(g => g.CampaignId!.Value).ToList();
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => (c.Code, c.Name), ct);
        return groups.Select(g =>
        {
            var campaign = g.CampaignId is { } id && campaigns.TryGetValue(id, out var c) ? c : ((string?)null, (string?)null);
            return new EmailEngagementSummary(campaign.Item1, campaign.Item2, g.Sent, g.Opens, g.Clicks, g.Bounces, g.Unsubscribes);
        }).ToList();
    }
}
