using CrmBlazor.Application.Receipts;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>Per-gift receipts on demand: the donor snapshot, gapless numbers under concurrency, and the refusals.</summary>
public sealed class PerGiftReceiptTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly DateOnly March = new(2025, 3, 14);

    [Fact]
    public async Task Per_gift_receipt_snapshots_the_donor_links_the_gift_and_files_a_document_on_the_contact()
    {
        var revision = await App.IssuerAsync();
        var contact = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris", "12 rue de la Roquette");
        var gift = await App.GiftAsync(contact.Id, 120.50m, March, method: PaymentMethod.Cheque);

        var result = await App.AsSupervisorAsync(s => s.GetRequiredService<IssuePerGiftReceiptHandler>().HandleAsync(new IssuePerGiftReceiptCommand(gift)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal("2025-000001", result.Value!.Number);
        var receipt = Assert.Single(await App.ReceiptsAsync());
        Assert.Equal((ReceiptKind.PerGift, contact.Id, 120.50m, March, March), (receipt.Kind, receipt.ContactId, receipt.Amount, receipt.FirstPaymentOn, receipt.LastPaymentOn));
        Assert.Equal([ReceiptPaymentMode.Cheque], receipt.PaymentModes);
        Assert.Equal(("Lefèvre", "Marie", "12 rue de la Roquette", "75011", "Paris", "France"),
            (receipt.DonorLastName, receipt.DonorFirstNames, receipt.DonorStreet, receipt.DonorPostCode, receipt.DonorCity, receipt.DonorCountry));
        Assert.Equal(["Mme Marie LEFÈVRE", "12 RUE DE LA ROQUETTE", "75011 PARIS"], receipt.DonorAddressLines);
        Assert.Equal((revision, ReceiptDelivery.Desk, ReceiptTestData.Supervisor.Name), (receipt.IssuerRevision, receipt.Delivery, receipt.IssuedBy));
        Assert.Null(receipt.DeliveredAt);
        var link = Assert.Single(receipt.Donations);
        Assert.Equal((gift, 120.50m, true), (link.DonationId, link.Amount, link.IsActive));
        var document = await App.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.TaxReceiptId == receipt.Id));
        Assert.Equal((result.Value.DocumentId, (long?)contact.Id, DocumentKind.TaxReceipt, "Reçu fiscal 2025-000001"),
            (document.Id, document.ContactId, document.Kind, document.Title));
        var journal = await App.JournalAsync();
        Assert.Contains(journal, e => e.EntityType == "tax_receipts" && e.ContactId == contact.Id && e.Action == JournalAction.Created
            && e.ActorName == ReceiptTestData.Supervisor.Name);
    }

    [Fact]
    public async Task Twenty_concurrent_issuers_number_the_receipts_one_to_n_without_gap_or_duplicate()
    {
        await App.IssuerAsync();
        var gifts = new List<long>();
        for (var donor = 0; donor < 5; donor++)
        {
            var contact = await App.InsertPersonAsync($"Donateur{donor}", "Paul", $"6900{donor}", "Lyon");
            for (var g = 0; g < 8; g++)
            {
                gifts.Add(await App.GiftAsync(contact.Id, 10m + g, March.AddDays(g)));
            }
        }

        // 20 issuers, each with its own scope and contexts, two gifts each, all started together.
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var issuers = Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await start.Task;
            var numbers = new List<string>();
            foreach (var gift in gifts.Skip(i * 2).Take(2))
            {
                var result = await App.AsSupervisorAsync(s => s.GetRequiredService<IssuePerGiftReceiptHandler>().HandleAsync(new IssuePerGiftReceiptCommand(gift)));
                Assert.True(result.Succeeded, string.Join(" ", result.Errors));
                numbers.Add(result.Value!.Number);
            }

            return numbers;
        })).ToList();
        start.SetResult();
        var given = (await Task.WhenAll(issuers)).SelectMany(n => n).ToList();

        Assert.Equal(Enumerable.Range(1, 40).Select(n => TaxReceipt.FormatNumber(2025, n)), given.Order());
        var sequences = (await App.ReceiptsAsync()).Select(r => r.Sequence).ToList();
        Assert.Equal(Enumerable.Range(1, 40), sequences);
        Assert.Equal(40, await App.QueryAsync(db => db.ReceiptCounters.Where(c => c.Year == 2025).Select(c => c.LastSequence).SingleAsync()));
    }

    [Fact]
    public async Task A_rolled_back_issue_gives_its_number_back()
    {
        await App.IssuerAsync();
        var contact = await App.InsertPersonAsync("Martin", "Hélène", "13001", "Marseille");
        var first = await App.GiftAsync(contact.Id, 50m, March);
        var second = await App.GiftAsync(contact.Id, 60m, March.AddDays(1));
        Assert.True((await IssueAsync(first)).Succeeded);

        // An issue that takes a number and then fails: the transaction rolls back, number included.
        await App.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            Assert.Equal(2, await ReceiptNumbers.TakeAsync(db, 2025, 1, CancellationToken.None));
            await transaction.RollbackAsync();
            return 0;
        });
        var next = await IssueAsync(second);

        Assert.Equal("2025-000002", next.Value!.Number);
        Assert.Equal([1, 2], (await App.ReceiptsAsync()).Select(r => r.Sequence));
    }

    [Fact]
    public async Task A_gift_cannot_be_on_two_active_receipts_even_written_straight_into_the_database()
    {
        await App.IssuerAsync();
        var contact = await App.InsertPersonAsync("Bernard", "Luc", "33000", "Bordeaux");
        var gift = await App.GiftAsync(contact.Id, 75m, March);
        var issued = await IssueAsync(gift);
        Assert.True(issued.Succeeded);

        var again = await IssueAsync(gift);
        Assert.Equal([string.Format(Messages.Receipts_DonationAlreadyReceipted, "2025-000001")], again.Errors);

        var error = await Assert.ThrowsAsync<PostgresException>(() => App.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var sequence = await ReceiptNumbers.TakeAsync(db, 2025, 1, CancellationToken.None);
            var receipt = await db.TaxReceipts.AsNoTracking().SingleAsync();
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO tax_receipts (id, year, sequence, kind, contact_id, amount, first_payment_on, last_payment_on, payment_modes, issued_on,
                    issued_at, issued_by, issuer_revision, delivery, donor_last_name, donor_first_names, donor_address_lines, donor_street,
                    donor_post_code, donor_city, donor_country, status)
                SELECT nextval('tax_receipts_hilo'), year, {sequence}, kind, contact_id, amount, first_payment_on, last_payment_on, payment_modes, issued_on,
                    issued_at, issued_by, issuer_revision, delivery, donor_last_name, donor_first_names, donor_address_lines, donor_street,
                    donor_post_code, donor_city, donor_country, status FROM tax_receipts WHERE id = {receipt.Id};
                INSERT INTO tax_receipt_donations (receipt_id, donation_id, amount, is_active)
                SELECT max(id), {gift}, 75, true FROM tax_receipts;
                """);
            await transaction.CommitAsync();
            return 0;
        }));
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
        Assert.Equal("ux_tax_receipt_donations_one_active", error.ConstraintName);
        Assert.Single(await App.ReceiptsAsync());
    }

    [Fact]
    public async Task Per_gift_receipt_is_refused_with_a_french_reason_for_an_organisation_a_donor_without_address_and_a_gift_not_collected()
    {
        await App.IssuerAsync();
        var association = await App.CreateOrganisationAsync("Club des Randonneurs", postalCode: "69003");
        var homeless = await App.InsertPersonAsync("Sansadresse", "Jean");
        var donor = await App.InsertPersonAsync("Petit", "Anne", "44000", "Nantes");
        var fromAssociation = await App.GiftAsync(association.Id, 500m, March);
        var fromHomeless = await App.GiftAsync(homeless.Id, 20m, March);
        var pending = await App.GiftAsync(donor.Id, 30m, March, DonationStatus.Pending, method: PaymentMethod.Cheque);
        var refunded = await App.GiftAsync(donor.Id, 40m, March, DonationStatus.Refunded);
        var recurring = await App.GiftAsync(donor.Id, 10m, March, origin: DonationOrigin.Recurring, method: PaymentMethod.DirectDebit);

        Assert.Equal([string.Format(Messages.Receipts_OrganisationRefused, "Club des Randonneurs")], (await IssueAsync(fromAssociation)).Errors);
        Assert.Equal([string.Format(Messages.Receipts_NoPostalAddress, "Jean SANSADRESSE")], (await IssueAsync(fromHomeless)).Errors);
        Assert.Equal([Messages.Receipts_DonationNotCollected], (await IssueAsync(pending)).Errors);
        Assert.Equal([Messages.Receipts_DonationNotCollected], (await IssueAsync(refunded)).Errors);
        Assert.Equal([Messages.Receipts_RecurringGiftIsAnnual], (await IssueAsync(recurring)).Errors);
        Assert.Equal([Messages.Receipts_DonationNotFound], (await IssueAsync(-1)).Errors);
        Assert.Empty(await App.ReceiptsAsync());
        Assert.Equal(0, await App.QueryAsync(db => db.ReceiptCounters.Where(c => c.Year == 2025).Select(c => c.LastSequence).FirstOrDefaultAsync()));
    }

    [Fact]
    public async Task Without_the_association_identity_no_receipt_is_issued()
    {
        var donor = await App.InsertPersonAsync("Roux", "Léa", "31000", "Toulouse");
        var gift = await App.GiftAsync(donor.Id, 30m, March);

        Assert.Equal([Messages.Receipts_NoIssuer], (await IssueAsync(gift)).Errors);
    }

    private Task<Application.Common.CommandResult<IssuedReceipt>> IssueAsync(long donationId) =>
        App.AsSupervisorAsync(s => s.GetRequiredService<IssuePerGiftReceiptHandler>().HandleAsync(new IssuePerGiftReceiptCommand(donationId)));
}
