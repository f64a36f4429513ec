using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Donations;

public sealed record DonationRow(
    long Id,
    long ContactId,
    DateOnly DonatedOn,
    decimal Amount,
    string CampaignCode,
    string CampaignName,
    PaymentMethod Method,
    DonationOrigin Origin,
    DonationStatus Status,
    string? StatusReason,
    DateOnly? StatusChangedOn,
    long? PaymentId,
    uint Version)
{
    /// <summary>The year and sequence of the receipt (not cancelled) this gift is on, if any.</summary>
    public int? ReceiptYear { get; init; }

    public int? ReceiptSequence { get; init; }

    /// <summary>« 2026-000042 », or null when the gift is on no receipt.</summary>
    public string? ReceiptNumber => ReceiptYear is { } year && ReceiptSequence is { } sequence
        ? Domain.Receipts.TaxReceipt.FormatNumber(year, sequence)
        : null;

    public long? ReceiptDocumentId { get; init; }
}

/// <summary>The Dons tab's headline: what was really collected, and how many gifts are in each status.</summary>
public sealed record DonationTotals(decimal CollectedTotal, int CollectedCount, IReadOnlyDictionary<DonationStatus, int> CountByStatus)
{
    public int Count(DonationStatus status) => CountByStatus.GetValueOrDefault(status);
}

/// <summary>Dons: the contact's gifts, newest first, a page at a time, and their totals.</summary>
public sealed class ContactDonationsTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<DonationRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var donations = db.Donations.AsNoTracking().Where(d => d.ContactId == contactId);
        var total = await donations.CountAsync(ct);
        var rows = await donations
            .OrderByDescending(d => d.DonatedOn).ThenByDescending(d => d.Id)
            .Skip(page.Skip).Take(page.Take)
            .Join(db.Campaigns, d => d.CampaignId, c => c.Id, (d, c) => new DonationRow(
                d.Id, d.ContactId, d.DonatedOn, d.Amount, c.Code, c.Name, d.Method, d.Origin, d.Status, d.StatusReason, d.StatusChangedOn,
                d.PaymentId, d.Version)
            {
                ReceiptYear = db.TaxReceiptDonations.Where(l => l.DonationId == d.Id && l.IsActive)
                    .Join(db.TaxReceipts, l => l.ReceiptId, r => r.Id, (l, r) => (int?)r.Year).FirstOrDefault(),
                ReceiptSequence = db.TaxReceiptDonations.Where(l => l.DonationId == d.Id && l.IsActive)
                    .Join(db.TaxReceipts, l => l.ReceiptId, r => r.Id, (l, r) => (int?)r.Sequence).FirstOrDefault(),
                ReceiptDocumentId = db.TaxReceiptDonations.Where(l => l.DonationId == d.Id && l.IsActive)
                    .Join(db.Documents, l => l.ReceiptId, doc => doc.TaxReceiptId, (l, doc) => (long?)doc.Id)
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new PagedResult<DonationRow>(rows, total);
    }

    public async Task<DonationTotals> TotalsAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var byStatus = await db.Donations.AsNoTracking().Where(d => d.ContactId == contactId)
            .GroupBy(d => d.Status)
            .Select(g => new { Status = g.Key, Count = g.Count(), Total = g.Sum(d => d.Amount) })
            .ToListAsync(ct);
        var collected = byStatus.FirstOrDefault(s => s.Status == DonationStatus.Collected);
        return new DonationTotals(collected?.Total ?? 0, collected?.Count ?? 0, byStatus.ToDictionary(s => s.Status, s => s.Count));
    }
}
