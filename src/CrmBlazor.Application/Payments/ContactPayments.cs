using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Payments;

public enum PaymentLineKind
{
    Donation,
    Order,
    Subscription,
    MembershipFee,
    EventFee,
}

/// <summary>What a payment paid for, one amount per kind of line.</summary>
public sealed record PaymentLinePart(PaymentLineKind Kind, decimal Amount);

public sealed record PaymentRow(
    long Id,
    DateOnly ReceivedOn,
    PaymentMethod Method,
    decimal Amount,
    string? ChequeBank,
    string? ChequeNumber,
    string? Drawer,
    long? BatchNumber,
    string CampaignCode,
    PaymentStatus Status,
    string? CancelReason,
    DateOnly? CancelledOn,
    IReadOnlyList<PaymentLinePart> PaidFor,
    uint Version);

/// <summary>Encaissements: the contact's payments, newest first, a page at a time, each with what it paid for.</summary>
public sealed class ContactPaymentsTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<PaymentRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var payments = db.Payments.AsNoTracking().Where(p => p.ContactId == contactId);
        var total = await payments.CountAsync(ct);
        var rows = await payments
            .OrderByDescending(p => p.ReceivedOn).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(p => new
            {
                Payment = p,
                Campaign = db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Code).First(),
                Batch = db.PaymentBatches.Where(b => b.Id == p.BatchId).Select(b => (long?)b.Number).FirstOrDefault(),
                Donations = db.Donations.Where(d => d.PaymentId == p.Id).Sum(d => d.Amount),
                Orders = db.Orders.Where(o => o.PaymentId == p.Id).Sum(o => o.Amount),
                Subscriptions = db.Subscriptions.Where(s => s.PaymentId == p.Id).Sum(s => s.Amount),
                MembershipFees = db.MembershipFees.Where(f => f.PaymentId == p.Id).Sum(f => f.Amount),
                EventFees = db.EventFees.Where(f => f.PaymentId == p.Id).Sum(f => f.Amount),
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new PaymentRow(
            r.Payment.Id, r.Payment.ReceivedOn, r.Payment.Method, r.Payment.Amount, r.Payment.ChequeBank, r.Payment.ChequeNumber,
            r.Payment.Drawer, r.Batch, r.Campaign, r.Payment.Status, r.Payment.CancelReason, r.Payment.CancelledOn,
            PaidFor(r.Donations, r.Orders, r.Subscriptions, r.MembershipFees, r.EventFees), r.Payment.Version)).ToList();
        return new PagedResult<PaymentRow>(items, total);
    }

    /// <summary>Line amounts are positive, so a zero sum means the payment has no line of that kind.</summary>
    private static List<PaymentLinePart> PaidFor(decimal donations, decimal orders, decimal subscriptions, decimal membershipFees, decimal eventFees) =>
        new[]
        {
            new PaymentLinePart(PaymentLineKind.Donation, donations),
            new PaymentLinePart(PaymentLineKind.Order, orders),
            new PaymentLinePart(PaymentLineKind.Subscription, subscriptions),
            new PaymentLinePart(PaymentLineKind.MembershipFee, membershipFees),
            new PaymentLinePart(PaymentLineKind.EventFee, eventFees),
        }.Where(p => p.Amount > 0).ToList();
}
