using System.Text.RegularExpressions;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class DirectDebitJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Operator_records_a_mandate_whose_IBAN_is_checked_on_leaving_the_field_then_a_monthly_direct_debit_under_it() => InBrowserAsync(async page =>
    {
        var contactId = await SeedContactAsync();
        await SignInAsync(page, CrmAppFixture.OperatorEmail);
        await page.GotoAsync($"/contacts/{contactId}?onglet=prelevements");
        await WaitForInteractivityAsync(page);
        await Expect(page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Prélèvements (0)" })).ToBeVisibleAsync();

        await page.Locator("[data-testid=mandate-sign]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        // Typed key by key, as an operator would, then leaving the field: the server explains the value it holds.
        var iban = dialog.Locator("input[data-testid=mandate-iban]");
        await iban.ClickAsync();
        await iban.PressSequentiallyAsync("FR76 3000 6000 0112 3456 7890 188");
        await iban.PressAsync("Tab");
        await Expect(dialog.GetByText("La clé de contrôle de l'IBAN est fausse : vérifiez chaque caractère.")).ToBeVisibleAsync();
        await iban.FillAsync("fr76 3000 6000 0112 3456 7890 189");
        await iban.PressAsync("Tab");
        await Expect(dialog.GetByText("IBAN valide")).ToBeVisibleAsync();
        await dialog.Locator("[data-testid=mandate-save]").ClickAsync();
        await Expect(page.GetByText("Mandat enregistré.")).ToBeVisibleAsync();

        var tab = page.Locator("[data-testid=direct-debits-tab]");
        await Expect(tab.Locator("[data-testid=mandate-rum]")).ToHaveTextAsync([new Regex(@"^CRMB\d+-1$")]);
        await Expect(tab.Locator("[data-testid=mandate-iban]")).ToHaveTextAsync(["FR76 3000 6000 0112 3456 7890 189"]);
        await Expect(tab.Locator("[data-testid=mandate-status]")).ToHaveTextAsync(["Actif"]);
        await Expect(tab.Locator("[data-testid=mandate-lapses]")).ToHaveTextAsync(
            $"Caduc le {ParisTime.Today(TimeProvider.System).AddMonths(36).AddDays(1):dd/MM/yyyy}");

        // The tab's count says the record's live refresh has landed: the row's menu is not redrawn under the click.
        await Expect(page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Prélèvements (1)" })).ToBeVisibleAsync();
        await tab.Locator("[data-testid=mandate-actions]").ClickAsync();
        await Expect(page.Locator("[data-testid=direct-debit-start]")).ToBeVisibleAsync();
        await page.Locator("[data-testid=direct-debit-start]").ClickAsync();
        await dialog.Locator("input[data-testid=recurring-amount]").FillAsync("15");
        await dialog.Locator("[data-testid=recurring-save]").ClickAsync();
        await Expect(page.GetByText("Don régulier enregistré.")).ToBeVisibleAsync();

        var debit = tab.Locator("[data-testid=direct-debit]");
        await Expect(debit).ToContainTextAsync("15,00 € · Mensuel · le 5 du mois");
        await Expect(debit.Locator("[data-testid=recurring-gift-status]")).ToHaveTextAsync("Actif");
    });

    private async Task<long> SeedContactAsync()
    {
        var actor = new ActorContext { Current = Actor.System("tests navigateur") };
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(App.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new JournalInterceptor(actor, TimeProvider.System))
            .Options;
        await using var db = new AppDbContext(options);
        var generic = await db.Campaigns.Where(c => c.IsGeneric).Select(c => c.Id).SingleAsync();
        var contact = Contact.NewPerson(0, Civility.Monsieur, "Paul", $"Prelev{Guid.NewGuid().ToString("N")[..6]}", ParisTime.Today(TimeProvider.System), generic);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync();
        return contact.Id;
    }
}
