using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Batches;

/// <summary>One payment of a batch, with the contact it came from.</summary>
public sealed record BatchPaymentRow(
    long Id, long ContactId, long MemberNumber, string ContactName, PaymentMethod Method, string? ChequeBank, string? ChequeNumber,
    string? Drawer, decimal Amount, DateOnly ReceivedOn, PaymentStatus Status, string? CancelReason);

public sealed record BatchView(BatchRow Batch, IReadOnlyList<BatchPaymentRow> Payments);

public sealed class BatchDetailHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The batch and every payment entered in it (a bundle holds tens of cheques, not thousands), or null.</summary>
    public async Task<BatchView?> HandleAsync(long batchId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var batch = await db.PaymentBatches.AsNoTracking().Where(b => b.Id == batchId).ToRows(db).FirstOrDefaultAsync(ct);
        if (batch is null)
        {
            return null;
        }

        var payments = await db.Payments.AsNoTracking()
            .Where(p => p.BatchId == batchId)
            .OrderBy(p => p.EnteredAt).ThenBy(p => p.Id)
            .Join(db.Contacts, p => p.ContactId, c => c.Id, (p, c) => new
            {
                Payment = p, c.MemberNumber, c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName,
            })
            .ToListAsync(ct);
        var rows = payments.Select(x => new BatchPaymentRow(
                x.Payment.Id, x.Payment.ContactId, x.MemberNumber, ContactNames.Display(x.Kind, x.Civility, x.FirstName, x.LastName, x.OrganisationName),
                x.Payment.Method, x.Payment.ChequeBank, x.Payment.ChequeNumber, x.Payment.Drawer, x.Payment.Amount, x.Payment.ReceivedOn,
                x.Payment.Status, x.Payment.CancelReason))
            .ToList();
        return new BatchView(batch, rows);
    }
}
