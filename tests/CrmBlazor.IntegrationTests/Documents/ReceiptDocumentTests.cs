using System.Net;
using CrmBlazor.Application.Mail;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace CrmBlazor.IntegrationTests.Documents;

/// <summary>A receipt's PDF is drawn from its snapshot: the first copy is the original, later ones say « duplicata ».</summary>
public sealed class ReceiptDocumentTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task First_download_is_the_original_and_the_next_one_a_duplicata_with_the_same_number_and_amount()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var (_, documentId, number) = await IssueReceiptAsync(120.50m);
        using var session = NewSession();
        await session.SignInAsync(anne);

        var original = await PdfTextAsync(session, documentId);
        var copy = await PdfTextAsync(session, documentId);

        Assert.Contains(number, original, StringComparison.Ordinal);
        Assert.Contains("cent vingt euros et cinquante centimes", original, StringComparison.Ordinal);
        Assert.DoesNotContain("DUPLICATA", original, StringComparison.Ordinal);
        Assert.Contains(number, copy, StringComparison.Ordinal);
        Assert.Contains("DUPLICATA", copy, StringComparison.Ordinal);
        Assert.Equal(2, await App.QueryAsync(db => db.DocumentDeliveries.CountAsync(d => d.DocumentId == documentId)));
    }

    [Fact]
    public async Task Emailing_a_receipt_queues_it_in_the_outbox_with_its_document_and_records_the_send()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var (contactId, documentId, number) = await IssueReceiptAsync(50m);
        var emailId = await AddEmailAsync(contactId, "marie.dupont@example.fr");
        var receiptId = await App.QueryAsync(db => db.TaxReceipts.Select(r => r.Id).SingleAsync());

        var result = await App.ActAsync(anne, s => s.GetRequiredService<EmailReceiptHandler>().HandleAsync(new EmailReceipt(receiptId, emailId)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var message = await App.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal(("marie.dupont@example.fr", OutboxStatus.Queued, documentId), (message.ToAddress, message.Status, message.AttachmentDocumentId));
        Assert.Contains(number, message.Body, StringComparison.Ordinal);
        Assert.Contains("2026", message.Subject, StringComparison.Ordinal);
        Assert.Contains(await App.QueryAsync(db => db.DocumentDeliveries.Select(d => d.Channel).ToListAsync()), c => c == DeliveryChannel.Email);
    }

    [Fact]
    public async Task An_unusable_address_cannot_receive_a_receipt()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var (contactId, _, _) = await IssueReceiptAsync(50m);
        var emailId = await AddEmailAsync(contactId, "ancienne@example.fr", unusable: true);
        var receiptId = await App.QueryAsync(db => db.TaxReceipts.Select(r => r.Id).SingleAsync());

        var result = await App.ActAsync(anne, s => s.GetRequiredService<EmailReceiptHandler>().HandleAsync(new EmailReceipt(receiptId, emailId)));

        Assert.Equal([Messages.Receipt_EmailUnusable], result.Errors);
        Assert.Equal(0, await App.QueryAsync(db => db.OutboxMessages.CountAsync()));
        var choices = await App.ActAsync(anne, s => s.GetRequiredService<ContactReceiptsTabHandler>().UsableEmailsAsync(contactId));
        Assert.Empty(choices);
    }

    private static async Task<string> PdfTextAsync(WebSession session, long documentId)
    {
        using var response = await session.GetAsync($"/documents/{documentId}/contenu");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private Task<long> AddEmailAsync(long contactId, string address, bool unusable = false) =>
        App.WithDbAsync(async db =>
        {
            var email = ContactEmail.Enter(contactId, address, new DateOnly(2026, 1, 5), await db.Campaigns.Where(c => c.IsGeneric).Select(c => c.Id).SingleAsync());
            if (unusable)
            {
                email.MarkUnusable("NPAI", new DateOnly(2026, 2, 1));
            }

            db.ContactEmails.Add(email);
            await db.SaveChangesAsync();
            return email.Id;
        });

    /// <summary>A transfer gift of Marie Dupont (Paris) and its per-gift receipt, written through the domain as the issuer would.</summary>
    private async Task<(long ContactId, long DocumentId, string Number)> IssueReceiptAsync(decimal amount)
    {
        var contact = await App.CreatePersonAsync("Dupont", "Marie", Civility.Madame, "75011", "Paris", "12 rue de la Roquette");
        var generic = await App.GenericCampaignAsync();
        return await App.WithDbAsync(async db =>
        {
            var at = DateTimeOffset.UtcNow;
            db.OrganisationProfiles.Add(OrganisationProfile.NextRevision(null, new OrganisationIdentity(
                "Les Amis de la Forêt", "W751234567", "12 rue des Chênes", "75011", "Paris", "France", "Protection des forêts",
                OrganisationCategory.GeneralInterestAssociation, null, true, false, "Claire Martin", "Présidente", null, null,
                "Crédit Coopératif", "Les Amis de la Forêt", "FR7630006000011234567890189", null, true), at, "tests"));
            var payment = Payment.Receive(contact.Id, PaymentMethod.Transfer, amount, new DateOnly(2026, 3, 14), generic, at);
            db.Payments.Add(payment);
            var donation = PaymentSplit.Split(payment, null, new PaymentLines([amount], [], [])).Donations.Single();
            db.Donations.Add(donation);
            await db.SaveChangesAsync();

            await using var tx = await db.Database.BeginTransactionAsync();
            var sequence = await ReceiptNumbers.TakeAsync(db, 2026, 1, CancellationToken.None);
            var receipt = TaxReceipt.Issue(new ReceiptIssue(
                2026, sequence, ReceiptKind.PerGift, contact.Id, [new ReceiptGift(donation.Id, amount, donation.DonatedOn, donation.Method)],
                new DateOnly(2026, 3, 20), at, "tests", 1, ReceiptDelivery.Desk,
                new ReceiptDonorSnapshot("Dupont", "Marie", ["Madame Marie DUPONT", "12 rue de la Roquette", "75011 PARIS"],
                    "12 rue de la Roquette", "75011", "Paris", "France")));
            db.TaxReceipts.Add(receipt);
            await db.SaveChangesAsync();
            var document = Document.ForReceipt(contact.Id, receipt.Id, receipt.Number, at, "tests");
            db.Documents.Add(document);
            await db.SaveChangesAsync();
            await tx.CommitAsync();
            return (contact.Id, document.Id, receipt.Number);
        });
    }
}
