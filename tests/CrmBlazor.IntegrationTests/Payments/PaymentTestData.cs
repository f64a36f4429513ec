using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Payments;

public sealed record TestBatch(long Id, long Number);

public sealed record TestProduct(long Id, string Code, decimal UnitPrice);

/// <summary>Batches, products and payments for the money tests, made through EF and the real handlers.</summary>
public static class PaymentTestData
{
    /// <summary>The operator entering payments in the tests; batches the tests open carry the same name.</summary>
    public static readonly Actor Operator = Actor.Staff("operator-tests", "Olivia Opératrice");

    private static int _sequence;

    public static DateOnly Today => ParisTime.Today(TimeProvider.System);

    public static Task<TestBatch> OpenBatchAsync(
        this CrmAppFixture app, string label = "Chèques du jour", int expectedCount = 10, decimal expectedTotal = 1_000m, string? openedBy = null) =>
        app.WithDbAsync(async db =>
        {
            var batch = PaymentBatch.Open(label, Today, openedBy ?? Operator.Name, expectedCount, expectedTotal);
            db.PaymentBatches.Add(batch);
            await db.SaveChangesAsync();
            return new TestBatch(batch.Id, batch.Number);
        });

    /// <summary>Validates the batch (with at least one payment in it) as a supervisor would, announcing what was entered.</summary>
    public static Task ValidateBatchAsync(this CrmAppFixture app, long batchId) =>
        app.WithDbAsync(async db =>
        {
            var batch = await db.PaymentBatches.SingleAsync(b => b.Id == batchId);
            var entered = await db.Payments.Where(p => p.BatchId == batchId && p.Status == PaymentStatus.Recorded).Select(p => p.Amount).ToListAsync();
            batch.ChangeExpectations(entered.Count, entered.Sum());
            batch.Validate(entered.Count, entered.Sum(), "Sami Superviseur", DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });

    public static Task<TestProduct> ProductAsync(this CrmAppFixture app, string name = "Calendrier", decimal unitPrice = 30m, bool withdrawn = false) =>
        app.WithDbAsync(async db =>
        {
            var product = Product.Create($"ART-{Interlocked.Increment(ref _sequence)}", name, unitPrice);
            if (withdrawn)
            {
                product.Withdraw();
            }

            db.Products.Add(product);
            await db.SaveChangesAsync();
            return new TestProduct(product.Id, product.Code, product.UnitPrice);
        });

    public static Task<CommandResult<long>> EnterAsync(this CrmAppFixture app, EnterPaymentCommand command) =>
        app.ActAsync(Operator, s => s.GetRequiredService<EnterPaymentHandler>().HandleAsync(command));

    /// <summary>Enters a payment that must succeed and returns its id.</summary>
    public static async Task<long> EnteredAsync(this CrmAppFixture app, EnterPaymentCommand command)
    {
        var result = await app.EnterAsync(command);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    /// <summary>A transfer paying for gifts only: collected at once.</summary>
    public static Task<long> TransferGiftAsync(this CrmAppFixture app, long contactId, decimal amount, DateOnly? on = null, string? campaignCode = null) =>
        app.EnteredAsync(new EnterPaymentCommand(contactId, PaymentMethod.Transfer, amount, on ?? Today, campaignCode) { Donations = [amount] });

    public static Task<T> RunAsync<T, THandler>(this CrmAppFixture app, Func<THandler, Task<T>> call)
        where THandler : notnull =>
        app.ActAsync(Operator, s => call(s.GetRequiredService<THandler>()));
}
