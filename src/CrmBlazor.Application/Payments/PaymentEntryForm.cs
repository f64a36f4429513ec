using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Events;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Payments;

/// <summary>An open batch as offered on the entry form, with what was entered in it so far.</summary>
public sealed record OpenBatchChoice(
    long Id, long Number, string Label, DateOnly OpenedOn, string OpenedBy, int ExpectedCount, decimal ExpectedTotal, int EnteredCount, decimal EnteredTotal);

public sealed record ProductChoice(long Id, string Code, string Name, decimal UnitPrice);

/// <summary>A membership of the contact the payment can pay: pending (activation) or running/expired (renewal).</summary>
public sealed record MembershipChoice(long Id, string TypeName, decimal Fee, MembershipStatus Status, DateOnly? EndsOn);

/// <summary>A registration of the contact whose fee is still due.</summary>
public sealed record EventFeeChoice(long ParticipationId, string EventName, DateOnly StartsOn, decimal Fee);

/// <summary>
/// What the entry form offers: the campaign a gift goes to when no code is typed, the open batches
/// (the operator's own latest preselected), and the active catalogue.
/// </summary>
public sealed record PaymentEntryForm(
    PaymentCampaign? DefaultCampaign,
    string? CampaignProblem,
    IReadOnlyList<OpenBatchChoice> OpenBatches,
    long? DefaultBatchId,
    IReadOnlyList<ProductChoice> Products)
{
    public IReadOnlyList<MembershipChoice> Memberships { get; init; } = [];

    public IReadOnlyList<EventFeeChoice> EventFees { get; init; } = [];
}

public sealed class PaymentEntryFormHandler(IDbContextFactory<AppDbContext> dbFactory, ActorContext actor)
{
    public async Task<PaymentEntryForm> HandleAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (campaign, problem) = await PaymentCampaigns.ResolveAsync(db, contactId, null, ct);
        var batches = await db.PaymentBatches.AsNoTracking().Where(b => b.Status == PaymentBatchStatus.Open)
            .OrderByDescending(b => b.OpenedOn).ThenByDescending(b => b.Number)
            .Select(b => new OpenBatchChoice(
                b.Id, b.Number, b.Label, b.OpenedOn, b.OpenedBy, b.ExpectedCount, b.ExpectedTotal,
                db.Payments.Count(p => p.BatchId == b.Id && p.Status == PaymentStatus.Recorded),
                db.Payments.Where(p => p.BatchId == b.Id && p.Status == PaymentStatus.Recorded).Sum(p => (decimal?)p.Amount) ?? 0))
            .ToListAsync(ct);
        var products = await db.Products.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Name).ThenBy(p => p.Code)
            .Select(p => new ProductChoice(p.Id, p.Code, p.Name, p.UnitPrice)).ToListAsync(ct);
        var mine = batches.FirstOrDefault(b => b.OpenedBy == actor.Current.Name);

        // A running lifetime membership has nothing left to pay.
        var memberships = await db.Memberships.AsNoTracking()
            .Where(m => m.ContactId == contactId && m.Status != MembershipStatus.Cancelled && !(m.StartsOn != null && m.EndsOn == null))
            .OrderBy(m => m.Status != MembershipStatus.Pending).ThenBy(m => m.EndsOn)
            .Join(db.MembershipTypes, m => m.TypeId, t => t.Id, (m, t) => new MembershipChoice(m.Id, t.Name, t.Fee, m.Status, m.EndsOn))
            .ToListAsync(ct);
        var eventFees = await db.EventParticipations.AsNoTracking()
            .Where(p => p.ContactId == contactId && p.Status == ParticipationStatus.Registered)
            .Join(db.Events.Where(e => e.Fee > 0), p => p.EventId, e => e.Id, (p, e) => new { p.Id, e.Name, e.StartsOn, e.Fee })
            .OrderBy(c => c.StartsOn)
            .Select(c => new EventFeeChoice(c.Id, c.Name, c.StartsOn, c.Fee))
            .ToListAsync(ct);
        return new PaymentEntryForm(campaign, problem, batches, mine?.Id, products) { Memberships = memberships, EventFees = eventFees };
    }

    /// <summary>The campaign a typed code names (or the default one when blank), or the French reason it cannot take the gift.</summary>
    public async Task<CommandResult<PaymentCampaign>> CampaignAsync(long contactId, string? code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (campaign, problem) = await PaymentCampaigns.ResolveAsync(db, contactId, code, ct);
        return campaign is null ? CommandResult<PaymentCampaign>.Fail(problem!) : CommandResult<PaymentCampaign>.Ok(campaign);
    }
}
