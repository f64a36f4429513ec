using CrmBlazor.Application.Common;
using CrmBlazor.Application.Orders;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Application.Subscriptions;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Payments;

/// <summary>The record's Encaissements, Commandes and Abonnements tabs, and cancelling an order or a subscription.</summary>
public sealed class PaymentTabsTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_payments_tab_shows_each_payment_with_its_cheque_batch_campaign_and_what_it_paid_for()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var noel = await App.CampaignAsync("NOEL", new DateOnly(2025, 11, 1));
        var batch = await App.OpenBatchAsync();
        var product = await App.ProductAsync(unitPrice: 30m);
        await App.TransferGiftAsync(jean.Id, 10m, Today.AddDays(-5));
        await App.EnteredAsync(new EnterPaymentCommand(
            jean.Id, PaymentMethod.Cheque, 80m, Today, noel.Code, "Banque Postale", "0098765", BatchId: batch.Id)
        {
            Donations = [50m],
            OrderItems = [new(product.Id, 1)],
        });

        var page = await App.RunAsync<PagedResult<PaymentRow>, ContactPaymentsTabHandler>(h => h.HandleAsync(jean.Id, new PageRequest(0, 25)));

        Assert.Equal(2, page.TotalCount);
        var cheque = page.Items[0];
        Assert.Equal(
            (PaymentMethod.Cheque, 80m, "Banque Postale", "0098765", (long?)batch.Number, noel.Code, PaymentStatus.Recorded),
            (cheque.Method, cheque.Amount, cheque.ChequeBank, cheque.ChequeNumber, cheque.BatchNumber, cheque.CampaignCode, cheque.Status));
        Assert.Equal([new PaymentLinePart(PaymentLineKind.Donation, 50m), new PaymentLinePart(PaymentLineKind.Order, 30m)], cheque.PaidFor);
        Assert.Equal([new PaymentLinePart(PaymentLineKind.Donation, 10m)], page.Items[1].PaidFor);
    }

    [Fact]
    public async Task The_orders_tab_lists_each_order_with_its_lines_and_an_order_can_be_cancelled_with_a_reason()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var calendar = await App.ProductAsync("Calendrier", 12.50m);
        var book = await App.ProductAsync("Livre", 20m);
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 45m, Today)
        {
            OrderItems = [new(calendar.Id, 2), new(book.Id, 1)],
        });

        var order = Assert.Single((await OrdersAsync(jean.Id)).Items);
        Assert.Equal((45m, OrderStatus.Paid), (order.Amount, order.Status));
        Assert.Equal([new OrderLineRow("Calendrier", 2, 12.50m, 25m), new OrderLineRow("Livre", 1, 20m, 20m)], order.Lines);

        var cancelled = await App.RunAsync<CommandResult, CancelOrderHandler>(h => h.HandleAsync(new CancelOrderCommand(order.Id, order.Version, "Rupture de stock")));
        var stale = await App.RunAsync<CommandResult, CancelOrderHandler>(h => h.HandleAsync(new CancelOrderCommand(order.Id, order.Version, "Encore")));

        Assert.True(cancelled.Succeeded, string.Join(" ", cancelled.Errors));
        Assert.Equal([Messages.Order_ChangedMeanwhile], stale.Errors);
        var after = Assert.Single((await OrdersAsync(jean.Id)).Items);
        Assert.Equal((OrderStatus.Cancelled, "Rupture de stock", 45m), (after.Status, after.CancelReason, after.Amount));
    }

    [Fact]
    public async Task The_subscriptions_tab_says_whether_each_runs_today_and_a_subscription_can_be_cancelled()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 75m, Today)
        {
            Subscriptions =
            [
                new(30m, Today.AddYears(-2), Today.AddYears(-1), 4),
                new(25m, Today.AddDays(-10), Today.AddYears(1), 6),
                new(20m, Today.AddDays(30), Today.AddYears(2), 8),
            ],
        });

        var rows = (await SubscriptionsAsync(jean.Id)).Items;
        Assert.Equal(
            [(20m, SubscriptionState.Upcoming), (25m, SubscriptionState.Running), (30m, SubscriptionState.Ended)],
            rows.Select(r => (r.Amount, r.State)));

        var running = rows[1];
        var cancelled = await App.RunAsync<CommandResult, CancelSubscriptionHandler>(h =>
            h.HandleAsync(new CancelSubscriptionCommand(running.Id, running.Version, "Ne souhaite plus recevoir la revue")));

        Assert.True(cancelled.Succeeded, string.Join(" ", cancelled.Errors));
        var after = (await SubscriptionsAsync(jean.Id)).Items[1];
        Assert.Equal((SubscriptionState.Cancelled, "Ne souhaite plus recevoir la revue"), (after.State, after.CancelReason));
        Assert.Equal(3, await App.QueryAsync(db => db.Subscriptions.CountAsync()));
    }

    private Task<PagedResult<OrderRow>> OrdersAsync(long contactId) =>
        App.RunAsync<PagedResult<OrderRow>, ContactOrdersTabHandler>(h => h.HandleAsync(contactId, new PageRequest(0, 25)));

    private Task<PagedResult<SubscriptionRow>> SubscriptionsAsync(long contactId) =>
        App.RunAsync<PagedResult<SubscriptionRow>, ContactSubscriptionsTabHandler>(h => h.HandleAsync(contactId, new PageRequest(0, 25)));
}
