using CrmBlazor.Application.Receipts;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>The annual run and the per-gift batch: what they sum, whom they skip, how receipts go out.</summary>
public sealed class ReceiptRunTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const int Year = 2025;

    [Fact]
    public async Task Annual_run_sums_only_the_collected_gifts_of_the_year()
    {
        await App.IssuerAsync();
        var donor = await App.DonorAsync("Garnier", "75015", ReceiptPreference.Annual);
        await App.GiftAsync(donor, 100m, new DateOnly(Year, 1, 10), method: PaymentMethod.Cheque);
        await App.GiftAsync(donor, 25.50m, new DateOnly(Year, 6, 1), method: PaymentMethod.Cash);
        await App.GiftAsync(donor, 10m, new DateOnly(Year, 12, 31), origin: DonationOrigin.Recurring, method: PaymentMethod.DirectDebit);
        await App.GiftAsync(donor, 1000m, new DateOnly(Year, 2, 1), DonationStatus.Unpaid, method: PaymentMethod.DirectDebit);
        await App.GiftAsync(donor, 2000m, new DateOnly(Year, 3, 1), DonationStatus.Cancelled);
        await App.GiftAsync(donor, 3000m, new DateOnly(Year, 4, 1), DonationStatus.Refunded);
        await App.GiftAsync(donor, 4000m, new DateOnly(Year, 5, 1), DonationStatus.Pending, method: PaymentMethod.Cheque);
        await App.GiftAsync(donor, 5000m, new DateOnly(Year - 1, 12, 31));
        await App.GiftAsync(donor, 6000m, new DateOnly(Year + 1, 1, 1));

        var outcome = await App.RunReceiptsAsync(ReceiptKind.Annual, Year);

        Assert.Equal(ReceiptRunStatus.Completed, outcome.Status);
        var receipt = Assert.Single(await App.ReceiptsAsync());
        Assert.Equal((ReceiptKind.Annual, 135.50m, new DateOnly(Year, 1, 10), new DateOnly(Year, 12, 31)),
            (receipt.Kind, receipt.Amount, receipt.FirstPaymentOn, receipt.LastPaymentOn));
        Assert.Equal([ReceiptPaymentMode.Cash, ReceiptPaymentMode.Cheque, ReceiptPaymentMode.TransferDebitOrCard], receipt.PaymentModes);
        Assert.Equal(3, receipt.Donations.Count);
        Assert.Equal((outcome.RunId, (long?)outcome.RunId), (outcome.RunId, receipt.RunId));
    }

    [Fact]
    public async Task Annual_run_skips_preference_none_and_organisations_and_suspended_donors_when_the_association_says_so()
    {
        await App.IssuerAsync(skipSuspended: true);
        var annual = await App.DonorAsync("Annuel", "75001", ReceiptPreference.Annual);
        var none = await App.DonorAsync("Aucun", "75002", ReceiptPreference.None);
        var suspended = await App.DonorAsync("Suspendu", "75003", ReceiptPreference.Annual);
        await App.SuspendAsync(suspended);
        var perGift = await App.DonorAsync("Unitaire", "75004", ReceiptPreference.PerGift);
        var organisation = await App.CreateOrganisationAsync("Fondation Horizon", postalCode: "75005");
        foreach (var contact in new[] { annual, none, suspended, perGift, organisation.Id })
        {
            await App.GiftAsync(contact, 50m, new DateOnly(Year, 5, 5));
        }

        // A donor who wants a receipt per gift still gets his recurring gifts on an annual receipt.
        await App.GiftAsync(perGift, 15m, new DateOnly(Year, 5, 15), origin: DonationOrigin.Recurring, method: PaymentMethod.Card);

        var outcome = await App.RunReceiptsAsync(ReceiptKind.Annual, Year);

        var receipts = await App.ReceiptsAsync();
        Assert.Equal([annual, perGift], receipts.Select(r => r.ContactId).Order());
        Assert.Equal(15m, receipts.Single(r => r.ContactId == perGift).Amount);
        Assert.Equal((2, 2), (outcome.DonorsPlanned, outcome.Receipts));

        // Configured the other way, the suspended donor is receipted by the next run; the others stay out.
        await App.IssuerAsync(skipSuspended: false);
        var second = await App.RunReceiptsAsync(ReceiptKind.Annual, Year);
        Assert.Equal(1, second.Receipts);
        Assert.Contains(await App.ReceiptsAsync(), r => r.ContactId == suspended);
    }

    [Fact]
    public async Task Annual_run_emails_donors_who_chose_email_through_the_outbox_with_their_receipt_attached()
    {
        await App.IssuerAsync();
        var mailed = await App.DonorAsync("Courriel", "64000", ReceiptPreference.ByEmail);
        await App.WithDbAsync(async db =>
        {
            // The newest usable address is the one used; an unusable one never is.
            var campaign = await App.GenericCampaignAsync();
            db.ContactEmails.Add(ContactEmail.Enter(mailed, "marie.ancienne@exemple.fr", new DateOnly(2024, 1, 1), campaign));
            db.ContactEmails.Add(ContactEmail.Enter(mailed, "marie.nouvelle@exemple.fr", new DateOnly(2026, 2, 1), campaign));
            var bounced = ContactEmail.Enter(mailed, "marie.morte@exemple.fr", new DateOnly(2026, 3, 1), campaign);
            bounced.MarkUnusable("Boîte supprimée", new DateOnly(2026, 3, 2));
            db.ContactEmails.Add(bounced);
            return await db.SaveChangesAsync();
        });
        var noEmail = await App.DonorAsync("Postal", "64100", ReceiptPreference.ByEmail);
        await App.GiftAsync(mailed, 80m, new DateOnly(Year, 9, 9));
        await App.GiftAsync(noEmail, 90m, new DateOnly(Year, 9, 9));

        var outcome = await App.RunReceiptsAsync(ReceiptKind.Annual, Year);

        Assert.Equal((2, 1, 1), (outcome.Receipts, outcome.EmailsQueued, outcome.Printed));
        var receipt = (await App.ReceiptsAsync()).Single(r => r.ContactId == mailed);
        Assert.Equal(ReceiptDelivery.Email, receipt.Delivery);
        Assert.NotNull(receipt.DeliveredAt);
        var document = await App.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.TaxReceiptId == receipt.Id));
        var message = await App.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal((mailed, "marie.nouvelle@exemple.fr", OutboxStatus.Queued, document.Id),
            (message.ContactId!.Value, message.ToAddress, message.Status, message.AttachmentDocumentId!.Value));
        Assert.Equal($"Votre reçu fiscal {Year} – Les Amis des Oiseaux", message.Subject);
        Assert.Contains("reçu fiscal n° 2025-00000", message.Body, StringComparison.Ordinal);
        Assert.Contains("80,00 €", message.Body, StringComparison.Ordinal);
        var delivery = await App.QueryAsync(db => db.DocumentDeliveries.AsNoTracking().SingleAsync(d => d.DocumentId == document.Id));
        Assert.Equal((DeliveryChannel.Email, "marie.nouvelle@exemple.fr", mailed), (delivery.Channel, delivery.Recipient, delivery.ContactId));
        Assert.Equal(ReceiptDelivery.Post, (await App.ReceiptsAsync()).Single(r => r.ContactId == noEmail).Delivery);
    }

    [Fact]
    public async Task Donor_without_postal_address_is_emailed_when_possible_and_otherwise_left_out_as_sans_adresse()
    {
        await App.IssuerAsync();
        var emailOnly = await App.DonorAsync("Numerique", null, ReceiptPreference.ByEmail, email: "num@exemple.fr");
        var nowhere = await App.DonorAsync("Nulle", null, ReceiptPreference.Annual);
        await App.GiftAsync(emailOnly, 30m, new DateOnly(Year, 4, 4));
        await App.GiftAsync(nowhere, 40m, new DateOnly(Year, 4, 4));

        var outcome = await App.RunReceiptsAsync(ReceiptKind.Annual, Year);

        var receipt = Assert.Single(await App.ReceiptsAsync());
        Assert.Equal((emailOnly, ReceiptDelivery.Email), (receipt.ContactId, receipt.Delivery));
        Assert.Empty(receipt.DonorAddressLines);
        Assert.Equal((2, 2, 1), (outcome.DonorsPlanned, outcome.DonorsDone, outcome.WithoutAddress));
        Assert.Contains("1 sans adresse", outcome.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Each_receipt_of_a_run_has_its_document_and_one_journal_line_on_its_donor()
    {
        await App.IssuerAsync();
        var donors = new List<long>();
        for (var i = 0; i < 5; i++)
        {
            donors.Add(await App.DonorAsync($"Journal{i}", $"2900{i}", ReceiptPreference.Annual));
            await App.GiftAsync(donors[^1], 20m + i, new DateOnly(Year, 2, 2));
        }

        await App.RunReceiptsAsync(ReceiptKind.Annual, Year, chunkSize: 2);

        var receipts = await App.ReceiptsAsync();
        var documents = await App.QueryAsync(db => db.Documents.AsNoTracking().Where(d => d.Kind == DocumentKind.TaxReceipt).ToListAsync());
        Assert.Equal(receipts.Select(r => (r.Id, r.ContactId)).Order(), documents.Select(d => (d.TaxReceiptId!.Value, d.ContactId!.Value)).Order());
        var lines = (await App.JournalAsync()).Where(e => e.EntityType == "tax_receipts").ToList();
        Assert.Equal(receipts.Select(r => r.ContactId).Order(), lines.Select(l => l.ContactId!.Value).Order());
        var line = lines.Single(l => l.ContactId == donors[0]);
        Assert.Equal((JournalAction.Created, ReceiptTestData.Supervisor.Name), (line.Action, line.ActorName));
        Assert.Contains(new FieldChange("Amount", null, "20.00"), line.Changes);
        Assert.Contains(line.Changes, c => c.Field == "Sequence");
        var posted = await App.QueryAsync(db => db.DocumentDeliveries.AsNoTracking().Where(d => d.Channel == DeliveryChannel.Post).CountAsync());
        Assert.Equal(5, posted);
        Assert.All(receipts, r => Assert.NotNull(r.DeliveredAt));
    }

    [Fact]
    public async Task Per_gift_batch_receipts_each_one_off_gift_of_donors_who_want_one_per_gift()
    {
        await App.IssuerAsync();
        var perGift = await App.DonorAsync("Unitaire", "59000", ReceiptPreference.PerGift);
        var annual = await App.DonorAsync("Annuel", "59100", ReceiptPreference.Annual);
        var first = await App.GiftAsync(perGift, 10m, new DateOnly(Year, 1, 5));
        var second = await App.GiftAsync(perGift, 20m, new DateOnly(Year, 7, 5));
        await App.GiftAsync(perGift, 5m, new DateOnly(Year, 7, 15), origin: DonationOrigin.Recurring, method: PaymentMethod.Card);
        await App.GiftAsync(annual, 30m, new DateOnly(Year, 1, 5));
        Assert.True((await App.AsSupervisorAsync(s => s.GetRequiredService<IssuePerGiftReceiptHandler>()
            .HandleAsync(new IssuePerGiftReceiptCommand(first)))).Succeeded);

        var outcome = await App.RunReceiptsAsync(ReceiptKind.PerGift, Year);

        Assert.Equal(1, outcome.Receipts);
        var batch = (await App.ReceiptsAsync()).Single(r => r.RunId == outcome.RunId);
        Assert.Equal((ReceiptKind.PerGift, 20m, second), (batch.Kind, batch.Amount, batch.Donations.Single().DonationId));
        Assert.Equal(2, (await App.ReceiptsAsync()).Select(r => r.Sequence).Max());
    }

    [Fact]
    public async Task A_second_start_of_the_same_kind_and_year_while_one_is_running_is_refused_in_french()
    {
        await App.IssuerAsync();
        await App.StartRunAsync(ReceiptKind.Annual, Year);

        var second = await App.AsSupervisorAsync(s => s.GetRequiredService<ReceiptRunService>().StartAsync(ReceiptKind.Annual, Year));
        var otherKind = await App.AsSupervisorAsync(s => s.GetRequiredService<ReceiptRunService>().StartAsync(ReceiptKind.PerGift, Year));

        var error = Assert.Single(second.Errors);
        Assert.StartsWith("Un traitement « Reçus annuels » pour 2025 est déjà en cours (lancé par Sophie Gestion le ", error, StringComparison.Ordinal);
        Assert.True(otherKind.Succeeded);
        var future = await App.AsSupervisorAsync(s => s.GetRequiredService<ReceiptRunService>().StartAsync(ReceiptKind.Annual, 2099));
        Assert.Equal([string.Format(Messages.Receipts_RunYearInvalid, DateTime.UtcNow.Year)], future.Errors);
    }
}
