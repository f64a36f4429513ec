using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Subscriptions;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Payments;

/// <summary>A correction is a cancellation with a reason, of the payment and everything it paid for.</summary>
public sealed class CancelPaymentTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Cancelling_a_payment_cancels_its_donations_order_and_subscription_and_the_donor_summary_forgets_it()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var product = await App.ProductAsync(unitPrice: 30m);
        await App.TransferGiftAsync(jean.Id, 15m, Today.AddDays(-10));
        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 120m, Today)
        {
            Donations = [50m],
            OrderItems = [new(product.Id, 1)],
            Subscriptions = [new(40m, Today, Today.AddYears(1), 6)],
        });
        Assert.Equal((2, 65m), await SummaryAsync(jean.Id));

        var result = await CancelAsync(paymentId, " Saisi deux fois ");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var payment = await App.QueryAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
        Assert.Equal((PaymentStatus.Cancelled, "Saisi deux fois", (DateOnly?)Today, 120m), (payment.Status, payment.CancelReason, payment.CancelledOn, payment.Amount));
        var donation = await App.QueryAsync(db => db.Donations.AsNoTracking().SingleAsync(d => d.PaymentId == paymentId));
        Assert.Equal((DonationStatus.Cancelled, "Saisi deux fois", 50m), (donation.Status, donation.StatusReason, donation.Amount));
        var order = await App.QueryAsync(db => db.Orders.AsNoTracking().SingleAsync(o => o.PaymentId == paymentId));
        Assert.Equal((OrderStatus.Cancelled, "Saisi deux fois"), (order.Status, order.CancelReason));
        var subscription = await App.QueryAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.PaymentId == paymentId));
        Assert.Equal((SubscriptionStatus.Cancelled, "Saisi deux fois"), (subscription.Status, subscription.CancelReason));
        Assert.Equal((1, 15m), await SummaryAsync(jean.Id));
    }

    [Fact]
    public async Task A_payment_of_a_validated_batch_can_be_cancelled_and_its_refunded_gift_stays_refunded()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await App.OpenBatchAsync();
        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(
            jean.Id, PaymentMethod.Cheque, 70m, Today, ChequeBank: "LCL", ChequeNumber: "42", BatchId: batch.Id) { Donations = [50m, 20m] });
        await App.ValidateBatchAsync(batch.Id);
        await App.WithDbAsync(async db =>
        {
            var first = await db.Donations.Where(d => d.PaymentId == paymentId).OrderBy(d => d.Amount).FirstAsync();
            first.Collect(Today);
            first.Refund("Remboursé au donateur", Today);
            return await db.SaveChangesAsync();
        });

        var result = await CancelAsync(paymentId, "Chèque sans provision");

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var statuses = await App.QueryAsync(db => db.Donations.Where(d => d.PaymentId == paymentId).OrderBy(d => d.Amount)
            .Select(d => new { d.Status, d.StatusReason }).ToListAsync());
        Assert.Equal(
            [(DonationStatus.Refunded, "Remboursé au donateur"), (DonationStatus.Cancelled, "Chèque sans provision")],
            statuses.Select(s => (s.Status, s.StatusReason)));
    }

    [Fact]
    public async Task A_cancellation_needs_a_reason_and_the_payment_as_the_operator_saw_it()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var paymentId = await App.TransferGiftAsync(jean.Id, 30m);
        var version = await App.QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.Version).SingleAsync());

        var noReason = await App.RunAsync<CommandResult, CancelPaymentHandler>(h => h.HandleAsync(new CancelPaymentCommand(paymentId, version, "  ")));
        var stale = await App.RunAsync<CommandResult, CancelPaymentHandler>(h => h.HandleAsync(new CancelPaymentCommand(paymentId, version + 1, "Erreur")));
        var done = await App.RunAsync<CommandResult, CancelPaymentHandler>(h => h.HandleAsync(new CancelPaymentCommand(paymentId, version, "Erreur")));
        var again = await CancelAsync(paymentId, "Encore");

        Assert.Equal([Messages.Money_ReasonRequired], noReason.Errors);
        Assert.Equal([Messages.Payment_ChangedMeanwhile], stale.Errors);
        Assert.True(done.Succeeded);
        Assert.Equal(["Cet encaissement est déjà annulé."], again.Errors);
    }

    private async Task<CommandResult> CancelAsync(long paymentId, string reason)
    {
        var version = await App.QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.Version).SingleAsync());
        return await App.RunAsync<CommandResult, CancelPaymentHandler>(h => h.HandleAsync(new CancelPaymentCommand(paymentId, version, reason)));
    }

    private Task<(int Count, decimal Total)> SummaryAsync(long contactId) =>
        App.QueryAsync(async db => await db.DonorSummaries.Where(s => s.ContactId == contactId)
            .Select(s => new ValueTuple<int, decimal>(s.GiftCount, s.LifetimeTotal)).SingleOrDefaultAsync());
}
