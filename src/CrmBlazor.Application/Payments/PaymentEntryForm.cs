using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Payments;

/// <summary>An open batch as offered on the entry form, with what was entered in it so far.</summary>
public sealed record OpenBatchChoice(
    long Id, long Number, string Label, DateOnly OpenedOn, string OpenedBy, int ExpectedCount, decimal ExpectedTotal, int EnteredCount, decimal EnteredTotal);

public sealed record ProductChoice(long Id, string Code, string Name, decimal UnitPrice);

/// <summary>
/// What the entry form offers: the campaign a gift goes to when no code is typed, the open batches
/// (the operator's own latest preselected), and the active catalogue.
/// </summary>
public sealed record PaymentEntryForm(
    PaymentCampaign? DefaultCampaign,
    string? CampaignProblem,
    IReadOnlyList<OpenBatchChoice> OpenBatches,
    long? DefaultBatchId,
    IReadOnlyList<ProductChoice> Products);

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
        return new PaymentEntryForm(campaign, problem, batches, mine?.Id, products);
    }

    /// <summary>The campaign a typed code names (or the default one when blank), or the French reason it cannot take the gift.</summary>
    public async Task<CommandResult<PaymentCampaign>> CampaignAsync(long contactId, string? code, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (campaign, problem) = await PaymentCampaigns.ResolveAsync(db, contactId, code, ct);
        return campaign is null ? CommandResult<PaymentCampaign>.Fail(problem!) : CommandResult<PaymentCampaign>.Ok(campaign);
    }
}
