using CrmBlazor.Application.Batches;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Batches;

/// <summary>
/// Batches and their cheques and cash for the batch and deposit tests. Payments are entered with the domain
/// directly (the entry screen is another use case): received into the batch, split into one donation.
/// </summary>
public static class MoneyTestData
{
    public static readonly DateOnly ReceivedOn = new(2026, 3, 2);

    public static readonly Actor Operator = Actor.Staff(Guid.NewGuid().ToString(), "Olivier Opérateur");

    public static readonly Actor Supervisor = Actor.Staff(Guid.NewGuid().ToString(), "Sophie Superviseure");

    public static async Task<OpenedBatch> OpenBatchAsync(this CrmAppFixture app, int expectedCount, decimal expectedTotal, string label = "Courrier du lundi")
    {
        var result = await app.ActAsync(Operator, s => s.GetRequiredService<OpenBatchHandler>()
            .HandleAsync(new OpenBatchCommand(label, expectedCount, expectedTotal)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    /// <summary>A cheque into the batch, paying one donation of the same amount.</summary>
    public static Task<long> ReceiveChequeAsync(
        this CrmAppFixture app, long batchId, long contactId, decimal amount, string bank, string number, string? drawer = null) =>
        app.ReceiveAsync(batchId, contactId, PaymentMethod.Cheque, amount, new ChequeDetails(bank, number, drawer));

    public static Task<long> ReceiveCashAsync(this CrmAppFixture app, long batchId, long contactId, decimal amount) =>
        app.ReceiveAsync(batchId, contactId, PaymentMethod.Cash, amount, null);

    /// <summary>Cancels a payment and its donation, as a correction does.</summary>
    public static Task CancelPaymentAsync(this CrmAppFixture app, long paymentId, string reason = "Chèque non signé") =>
        app.WithDbAsync(async db =>
        {
            var payment = await db.Payments.SingleAsync(p => p.Id == paymentId);
            payment.Cancel(reason, ReceivedOn);
            foreach (var donation in await db.Donations.Where(d => d.PaymentId == paymentId).ToListAsync())
            {
                donation.Cancel(reason, ReceivedOn);
            }

            return await db.SaveChangesAsync();
        });

    public static async Task<ValidatedBatch> ValidateAsync(this CrmAppFixture app, long batchId)
    {
        var result = await app.TryValidateAsync(batchId);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    public static async Task<Application.Common.CommandResult<ValidatedBatch>> TryValidateAsync(this CrmAppFixture app, long batchId)
    {
        var batch = await app.BatchAsync(batchId);
        return await app.ActAsync(Supervisor, s => s.GetRequiredService<ValidateBatchHandler>()
            .HandleAsync(new ValidateBatchCommand(batchId, batch.Batch.Version)));
    }

    public static async Task<BatchView> BatchAsync(this CrmAppFixture app, long batchId) =>
        await app.ActAsync(Operator, s => s.GetRequiredService<BatchDetailHandler>().HandleAsync(batchId))
        ?? throw new InvalidOperationException($"Batch {batchId} not found.");

    public static Task<List<Donation>> DonationsOfAsync(this CrmAppFixture app, long contactId) =>
        app.QueryAsync(db => db.Donations.AsNoTracking().Where(d => d.ContactId == contactId).OrderBy(d => d.Id).ToListAsync());

    private static async Task<long> ReceiveAsync(
        this CrmAppFixture app, long batchId, long contactId, PaymentMethod method, decimal amount, ChequeDetails? cheque)
    {
        var campaign = await app.GenericCampaignAsync();
        return await app.WithDbAsync(async db =>
        {
            var batch = await db.PaymentBatches.SingleAsync(b => b.Id == batchId);
            var payment = Payment.Receive(contactId, method, amount, ReceivedOn, campaign, DateTimeOffset.UtcNow, cheque, batch);
            db.Payments.Add(payment);
            var split = PaymentSplit.Split(payment, batch, new PaymentLines([amount], [], []));
            db.Donations.AddRange(split.Donations);
            await db.SaveChangesAsync();
            return payment.Id;
        });
    }
}
