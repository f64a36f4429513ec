using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Subscriptions;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Payments;

/// <summary>Entering a payment: its split into lines, cheques and cash in batches, the campaign it goes to.</summary>
public sealed class EnterPaymentTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_payment_is_saved_with_its_donations_order_and_subscription_adding_up_to_it()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var calendar = await App.ProductAsync("Calendrier 2027", 12.50m);
        var book = await App.ProductAsync("Livre des 50 ans", 20m);
        var command = new EnterPaymentCommand(jean.Id, PaymentMethod.Transfer, 140m, Today.AddDays(-2))
        {
            Donations = [40m, 10m],
            OrderItems = [new(calendar.Id, 2), new(book.Id, 1)],
            Subscriptions = [new(45m, Today, Today.AddYears(1).AddDays(-1), 4)],
        };

        var paymentId = await App.EnteredAsync(command);

        var payment = await App.QueryAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
        Assert.Equal((jean.Id, PaymentMethod.Transfer, 140m, Today.AddDays(-2), PaymentStatus.Recorded, (long?)null),
            (payment.ContactId, payment.Method, payment.Amount, payment.ReceivedOn, payment.Status, payment.BatchId));
        var donations = await App.QueryAsync(db => db.Donations.AsNoTracking().Where(d => d.PaymentId == paymentId).OrderBy(d => d.Amount).ToListAsync());
        Assert.Equal([10m, 40m], donations.Select(d => d.Amount));
        Assert.All(donations, d => Assert.Equal((DonationStatus.Collected, Today.AddDays(-2), PaymentMethod.Transfer), (d.Status, d.DonatedOn, d.Method)));
        var order = await App.QueryAsync(db => db.Orders.AsNoTracking().Include(o => o.Lines).SingleAsync(o => o.PaymentId == paymentId));
        Assert.Equal(45m, order.Amount);
        Assert.Equal(
            [("Calendrier 2027", 2, 12.50m), ("Livre des 50 ans", 1, 20m)],
            order.Lines.OrderBy(l => l.ProductName).Select(l => (l.ProductName, l.Quantity, l.UnitPrice)));
        var subscription = await App.QueryAsync(db => db.Subscriptions.AsNoTracking().SingleAsync(s => s.PaymentId == paymentId));
        Assert.Equal((45m, 4, SubscriptionStatus.Active), (subscription.Amount, subscription.IssueCount, subscription.Status));
        Assert.Equal(payment.Amount, donations.Sum(d => d.Amount) + order.Amount + subscription.Amount);
    }

    [Fact]
    public async Task The_entry_is_journaled_as_the_operator_with_the_contact_on_every_row()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var product = await App.ProductAsync();

        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 80m, Today)
        {
            Donations = [50m],
            OrderItems = [new(product.Id, 1)],
        });

        var journal = (await App.JournalAsync()).Where(e => e.ActorName == Operator.Name).ToList();
        Assert.Contains(journal, e => e.EntityType == "payments" && e.EntityKey == paymentId.ToString() && e.Action == JournalAction.Created);
        Assert.Contains(journal, e => e.EntityType == "donations" && e.Action == JournalAction.Created);
        Assert.Contains(journal, e => e.EntityType == "orders" && e.Action == JournalAction.Created);
        Assert.All(journal.Where(e => e.EntityType is "payments" or "donations" or "orders"), e => Assert.Equal(jean.Id, e.ContactId));
    }

    [Fact]
    public async Task An_unbalanced_split_is_refused_with_the_French_message_and_nothing_is_written()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var product = await App.ProductAsync(unitPrice: 30m);

        var result = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Transfer, 100m, Today)
        {
            Donations = [50m],
            OrderItems = [new(product.Id, 1)],
        });

        Assert.False(result.Succeeded);
        Assert.Equal(string.Format(Messages.Payment_Unbalanced, 80m, 100m), Assert.Single(result.Errors));
        Assert.Contains("La somme des lignes (80,00 €) ne correspond pas au montant de l'encaissement (100,00 €)", result.Errors[0], StringComparison.Ordinal);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_payment_without_any_line_is_refused()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");

        var result = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Transfer, 100m, Today));

        Assert.Equal([Messages.Payment_LinesRequired], result.Errors);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_cheque_without_its_bank_or_number_is_refused()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await App.OpenBatchAsync();

        var noBank = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Cheque, 50m, Today, ChequeNumber: "0012345", BatchId: batch.Id)
        {
            Donations = [50m],
        });
        var noNumber = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Cheque, 50m, Today, ChequeBank: "Crédit Agricole", BatchId: batch.Id)
        {
            Donations = [50m],
        });

        Assert.Equal([Messages.Payment_ChequeBankRequired], noBank.Errors);
        Assert.Equal([Messages.Payment_ChequeNumberRequired], noNumber.Errors);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Cash_outside_a_batch_is_refused_and_a_transfer_inside_one_too()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await App.OpenBatchAsync();

        var cash = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Cash, 20m, Today) { Donations = [20m] });
        var transfer = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Transfer, 20m, Today, BatchId: batch.Id) { Donations = [20m] });

        Assert.Equal([Messages.Payment_BatchRequired], cash.Errors);
        Assert.Equal([Messages.Payment_BatchOnlyPhysical], transfer.Errors);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_cheque_in_an_open_batch_is_recorded_with_its_bank_and_its_donations_wait_for_the_validation()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await App.OpenBatchAsync();

        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(
            jean.Id, PaymentMethod.Cheque, 50m, Today, ChequeBank: " Crédit Agricole ", ChequeNumber: "0012345", Drawer: "Mme Dupont", BatchId: batch.Id)
        {
            Donations = [50m],
        });

        var payment = await App.QueryAsync(db => db.Payments.AsNoTracking().SingleAsync(p => p.Id == paymentId));
        Assert.Equal(("Crédit Agricole", "0012345", "Mme Dupont", (long?)batch.Id), (payment.ChequeBank, payment.ChequeNumber, payment.Drawer, payment.BatchId));
        var donation = await App.QueryAsync(db => db.Donations.AsNoTracking().SingleAsync(d => d.PaymentId == paymentId));
        Assert.Equal(DonationStatus.Pending, donation.Status);
    }

    [Fact]
    public async Task A_payment_into_a_validated_batch_is_refused()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await App.OpenBatchAsync();
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Cash, 20m, Today, BatchId: batch.Id) { Donations = [20m] });
        await App.ValidateBatchAsync(batch.Id);

        var result = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Cash, 30m, Today, BatchId: batch.Id) { Donations = [30m] });

        Assert.Equal([$"Le lot n° {batch.Number} est validé : on n'y ajoute plus rien."], result.Errors);
        Assert.Equal(1, await App.QueryAsync(db => db.Payments.CountAsync()));
    }

    [Fact]
    public async Task A_payment_dated_in_the_future_is_refused()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");

        var result = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 20m, Today.AddDays(1)) { Donations = [20m] });

        Assert.Equal([Messages.Payment_ReceivedInFuture], result.Errors);
    }

    [Fact]
    public async Task A_payment_needs_its_date_and_each_subscription_its_dates_and_issues()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");

        var noDate = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 20m, default) { Donations = [20m] });
        var badSubscription = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 20m, Today)
        {
            Subscriptions = [new(20m, default, default, 0)],
        });

        Assert.Equal([Messages.Payment_ReceivedOnRequired], noDate.Errors);
        Assert.Equal(
            [Messages.Payment_SubscriptionDatesRequired, string.Format(Messages.Payment_SubscriptionIssuesInvalid, 120)],
            badSubscription.Errors);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task A_withdrawn_product_cannot_be_ordered()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var old = await App.ProductAsync("Calendrier 2020", 10m, withdrawn: true);

        var result = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 10m, Today) { OrderItems = [new(old.Id, 1)] });

        Assert.Equal([string.Format(Messages.Payment_ProductWithdrawn, old.Code, "Calendrier 2020")], result.Errors);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task Without_a_code_the_gift_goes_to_the_last_campaign_the_contact_received()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var spring = await App.CampaignAsync("PRINTEMPS", new DateOnly(2025, 3, 1));
        var autumn = await App.CampaignAsync("AUTOMNE", new DateOnly(2025, 9, 1));
        var older = await App.CampaignAsync("HIVER", new DateOnly(2024, 12, 1));
        await App.ReceiveAsync(jean.Id, spring.Id, new DateOnly(2025, 3, 10));
        await App.ReceiveAsync(jean.Id, autumn.Id, new DateOnly(2025, 9, 12));
        await App.ReceiveAsync(jean.Id, older.Id, new DateOnly(2024, 12, 5));

        var paymentId = await App.TransferGiftAsync(jean.Id, 25m);

        Assert.Equal(autumn.Id, await CampaignOfAsync(paymentId));
        Assert.Equal(autumn.Id, await App.QueryAsync(db => db.Donations.Where(d => d.PaymentId == paymentId).Select(d => d.CampaignId).SingleAsync()));
    }

    [Fact]
    public async Task Without_a_code_or_any_campaign_received_the_gift_goes_to_the_generic_campaign()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");

        var paymentId = await App.TransferGiftAsync(jean.Id, 25m);

        Assert.Equal(await App.GenericCampaignAsync(), await CampaignOfAsync(paymentId));
    }

    [Fact]
    public async Task A_typed_campaign_code_wins_over_the_last_campaign_received()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var received = await App.CampaignAsync("NOEL", new DateOnly(2025, 11, 15));
        var typed = await App.CampaignAsync("LEGS", new DateOnly(2025, 1, 1));
        await App.ReceiveAsync(jean.Id, received.Id, new DateOnly(2025, 12, 1));

        var paymentId = await App.TransferGiftAsync(jean.Id, 25m, campaignCode: $" {typed.Code.ToLowerInvariant()} ");

        Assert.Equal(typed.Id, await CampaignOfAsync(paymentId));
    }

    [Fact]
    public async Task An_unknown_or_closed_campaign_code_is_refused_with_a_clear_message()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var closed = await App.CampaignAsync("ETE", new DateOnly(2024, 6, 1), name: "Appel d'été", closed: true);

        var unknown = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 25m, Today, "NEXISTEPAS") { Donations = [25m] });
        var late = await App.EnterAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 25m, Today, closed.Code) { Donations = [25m] });

        Assert.Equal(["Le code campagne « NEXISTEPAS » n'existe pas."], unknown.Errors);
        Assert.Equal([string.Format(Messages.Payment_CampaignClosed, closed.Code, "Appel d'été")], late.Errors);
        await AssertNothingWrittenAsync();
    }

    [Fact]
    public async Task The_entry_form_offers_the_default_campaign_the_open_batches_with_the_operators_own_first_and_the_active_catalogue()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var autumn = await App.CampaignAsync("AUTOMNE", new DateOnly(2025, 9, 1));
        await App.ReceiveAsync(jean.Id, autumn.Id, new DateOnly(2025, 9, 12));
        var mine = await App.OpenBatchAsync("Mes chèques");
        var theirs = await App.OpenBatchAsync("Leurs chèques", openedBy: "Quelqu'un d'autre");
        var validated = await App.OpenBatchAsync("Validé");
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Cash, 20m, Today, BatchId: validated.Id) { Donations = [20m] });
        await App.ValidateBatchAsync(validated.Id);
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Cheque, 35m, Today, ChequeBank: "LCL", ChequeNumber: "77", BatchId: mine.Id) { Donations = [35m] });
        var calendar = await App.ProductAsync("Calendrier", 12m);
        await App.ProductAsync("Ancien", 5m, withdrawn: true);

        var form = await App.RunAsync<PaymentEntryForm, PaymentEntryFormHandler>(h => h.HandleAsync(jean.Id));

        Assert.Equal((autumn.Id, PaymentCampaignSource.LastReceived), (form.DefaultCampaign!.Id, form.DefaultCampaign.Source));
        Assert.Equal([mine.Id, theirs.Id], form.OpenBatches.Select(b => b.Id).Order());
        Assert.Equal(mine.Id, form.DefaultBatchId);
        Assert.Equal((1, 35m), form.OpenBatches.Where(b => b.Id == mine.Id).Select(b => (b.EnteredCount, b.EnteredTotal)).Single());
        Assert.Equal([calendar.Id], form.Products.Select(p => p.Id));
    }

    private Task<long> CampaignOfAsync(long paymentId) =>
        App.QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.CampaignId).SingleAsync());

    private async Task AssertNothingWrittenAsync()
    {
        Assert.Equal(0, await App.QueryAsync(db => db.Payments.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.Donations.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.Orders.CountAsync()));
        Assert.Equal(0, await App.QueryAsync(db => db.Subscriptions.CountAsync()));
    }
}
