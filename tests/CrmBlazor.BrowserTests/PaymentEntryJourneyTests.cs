using System.Text.RegularExpressions;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class PaymentEntryJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    /// <summary>The demo operator's name: a batch she opened is preselected on her entry form.</summary>
    private const string OperatorName = "Olga Opératrice";

    [Fact]
    public Task Operator_enters_a_cheque_split_into_a_gift_and_an_order_then_the_validated_gift_gets_a_receipt_whose_PDF_opens() => InBrowserAsync(async page =>
    {
        var seed = await SeedAsync();
        await SignInAsync(page, CrmAppFixture.OperatorEmail);

        await page.GotoAsync($"/contacts/{seed.ContactId}");
        await WaitForInteractivityAsync(page);
        await Expect(page.Locator("[data-testid=contact-name]")).ToContainTextAsync(seed.LastName.ToUpperInvariant());
        await page.Locator("[data-testid=enter-payment]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/contacts/{seed.ContactId}/encaissement$"));
        await Expect(page.Locator("[data-testid=alert-memo]")).ToContainTextAsync("Appeler avant 18 h");
        // A MudSelect puts the test id on its combobox, which shows the chosen item's text.
        await Expect(page.Locator("[data-testid=payment-method]")).ToHaveTextAsync("Chèque");
        await Expect(page.Locator("[data-testid=payment-batch]")).ToHaveTextAsync(new Regex($"^Lot n° {seed.BatchNumber} · {seed.BatchLabel}"));
        await page.Locator("input[data-testid=payment-amount]").FillAsync("80");
        await page.Locator("input[data-testid=cheque-bank]").FillAsync("Crédit Mutuel");
        await page.Locator("input[data-testid=cheque-number]").FillAsync("0045871");
        await page.Locator("input[data-testid=donation-amount-0]").FillAsync("50");
        await Expect(page.Locator("[data-testid=payment-remaining]")).ToHaveTextAsync("reste à répartir 30,00 €");

        await page.Locator("[data-testid=add-order-item]").ClickAsync();
        await page.Locator("[data-testid=order-product-0]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = seed.ProductName }).ClickAsync();
        await Expect(page.Locator("[data-testid=order-line-total-0]")).ToHaveTextAsync("30,00 €");
        await Expect(page.Locator("[data-testid=payment-remaining]")).ToHaveTextAsync("réparti en totalité");
        await page.Locator("[data-testid=payment-save]").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex($@"/contacts/{seed.ContactId}\?onglet=dons$"));
        await Expect(page.GetByText("Encaissement de 80,00 € enregistré.")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Dons (1)" })).ToBeVisibleAsync();
        var donations = page.Locator("[data-testid=donations-tab]");
        await Expect(donations.Locator("[data-testid=donation-amount]")).ToHaveTextAsync(["50,00 €"]);
        await Expect(donations.Locator("[data-testid=donation-status]")).ToHaveTextAsync(["En attente"]);

        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Commandes (1)" }).ClickAsync();
        await Expect(page.Locator("[data-testid=orders-tab] [data-testid=order-line]"))
            .ToHaveTextAsync([$"1 × {seed.ProductName} à 30,00 € = 30,00 €"]);
        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Encaissements (1)" }).ClickAsync();
        await Expect(page.Locator("[data-testid=payments-tab] [data-testid=payment-paid-for]")).ToHaveTextAsync(["Don 50,00 € · Commande 30,00 €"]);

        // The supervisor validates the batch: the gift is collected, so its receipt can be issued and opened.
        await page.Context.ClearCookiesAsync();
        await SignInAsync(page, CrmAppFixture.SupervisorEmail);
        await page.GotoAsync($"/lots/{seed.BatchId}");
        await WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=batch-validate]").ClickAsync();
        await page.Locator(".mud-dialog .mud-button-root").Filter(new LocatorFilterOptions { HasText = "Valider le lot" }).ClickAsync();
        await Expect(page.Locator("[data-testid=batch-validate]")).ToHaveCountAsync(0);

        await page.GotoAsync($"/contacts/{seed.ContactId}?onglet=dons");
        await WaitForInteractivityAsync(page);
        await Expect(donations.Locator("[data-testid=donation-status]")).ToHaveTextAsync(["Encaissé"]);
        await donations.Locator("[data-testid=donation-issue-receipt]").ClickAsync();
        await Expect(donations.Locator("[data-testid=donation-receipt-link]")).ToHaveTextAsync(new Regex(@"^\d{4}-\d{6}$"));
        var number = await donations.Locator("[data-testid=donation-receipt-link]").InnerTextAsync();

        await page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Reçus fiscaux (1)" }).ClickAsync();
        await Expect(page.Locator("[data-testid=receipts-tab] [data-testid=receipt-number]")).ToHaveTextAsync([number]);
        var pdfPath = await page.Locator("[data-testid=receipts-tab] [data-testid=receipt-open]").GetAttributeAsync("href");
        var pdf = await page.Context.APIRequest.GetAsync(pdfPath!);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);
    });

    /// <summary>A contact with an alert memo, an open batch the operator opened, and a 30 € product, straight into the app's database.</summary>
    private async Task<Seed> SeedAsync()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        var actor = new ActorContext { Current = Actor.System("tests navigateur") };
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(App.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new JournalInterceptor(actor, TimeProvider.System))
            .Options;
        await using var db = new AppDbContext(options);
        var today = ParisTime.Today(TimeProvider.System);
        var generic = await db.Campaigns.Where(c => c.IsGeneric).Select(c => c.Id).SingleAsync();
        var lastName = $"Encaisse{unique}";
        var contact = Contact.NewPerson(0, Civility.Madame, "Berthe", lastName, today, generic);
        contact.EditMemos(new ContactMemos(null, "Appeler avant 18 h", null, null));
        var batchLabel = $"Chèques {unique}";
        var batch = PaymentBatch.Open(batchLabel, today, OperatorName, 1, 80m);
        var product = Product.Create($"AG{unique}", $"Agenda {unique}", 30m);
        db.Contacts.Add(contact);
        db.ContactAddresses.Add(ContactAddress.Main(contact.Id, new PostalAddress(null, null, "8 rue des Lilas", null, "69003", "Lyon")));
        if (!await db.OrganisationProfiles.AnyAsync())
        {
            db.OrganisationProfiles.Add(OrganisationProfile.NextRevision(null, new OrganisationIdentity(
                "Les Amis de la Forêt", "W751234567", "12 rue des Chênes", "75011", "Paris", "France", "Protection des forêts",
                OrganisationCategory.GeneralInterestAssociation, null, true, false, "Claire Martin", "Présidente", null, null,
                "Crédit Coopératif", "Les Amis de la Forêt", "FR7630006000011234567890189", null, true), DateTimeOffset.UtcNow, "tests"));
        }

        db.PaymentBatches.Add(batch);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return new Seed(contact.Id, lastName, batch.Id, batch.Number, batchLabel, product.Name);
    }

    private sealed record Seed(long ContactId, string LastName, long BatchId, long BatchNumber, string BatchLabel, string ProductName);
}
