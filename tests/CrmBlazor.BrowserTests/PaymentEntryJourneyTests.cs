using System.Text.RegularExpressions;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
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
    public Task Operator_enters_a_cheque_split_into_a_gift_and_an_order_and_sees_both_tabs_update() => InBrowserAsync(async page =>
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
        var batch = PaymentBatch.Open(batchLabel, today, OperatorName, 5, 400m);
        var product = Product.Create($"AG{unique}", $"Agenda {unique}", 30m);
        db.Contacts.Add(contact);
        db.PaymentBatches.Add(batch);
        db.Products.Add(product);
        await db.SaveChangesAsync();
        return new Seed(contact.Id, lastName, batch.Number, batchLabel, product.Name);
    }

    private sealed record Seed(long ContactId, string LastName, long BatchNumber, string BatchLabel, string ProductName);
}
