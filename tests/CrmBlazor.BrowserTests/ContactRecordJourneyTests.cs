using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class ContactRecordJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    private static readonly float LiveTimeout = 2_000;

    [Fact]
    public Task Operator_finds_a_contact_edits_it_and_a_second_viewer_sees_the_change_live() => InBrowserAsync(async operatorPage =>
    {
        // A first name no demo contact has, so that « lefevre » lists this one first (prefix matches sort by name).
        var firstName = $"Aaron{Guid.NewGuid().ToString("N")[..6]}";
        await SignInAsync(operatorPage, CrmAppFixture.OperatorEmail);
        await CreateContactAsync(operatorPage, firstName);

        await operatorPage.GotoAsync("/");
        await WaitForInteractivityAsync(operatorPage);
        await operatorPage.Locator("input[data-testid=quick-search]").FillAsync("lefevre");
        var hit = operatorPage.Locator("[data-testid=quick-search-hit]").Filter(new LocatorFilterOptions { HasText = firstName });
        await hit.ClickAsync();
        await Expect(operatorPage).ToHaveURLAsync(new Regex(@"/contacts/\d+$"));
        await Expect(operatorPage.Locator("[data-testid=contact-name]")).ToContainTextAsync($"{firstName} LEFÈVRE");
        var recordUrl = operatorPage.Url;

        await InBrowserAsync(async supervisorPage =>
        {
            await SignInAsync(supervisorPage, CrmAppFixture.SupervisorEmail);
            await supervisorPage.GotoAsync(recordUrl);
            await WaitForInteractivityAsync(supervisorPage);
            await Expect(supervisorPage.Locator("[data-testid=contact-name]")).ToContainTextAsync("LEFÈVRE");

            // Each sees the other on the record, through the presence notices.
            await Expect(supervisorPage.Locator("[data-testid=presence]")).ToContainTextAsync("Olga Opératrice");
            await Expect(operatorPage.Locator("[data-testid=presence]")).ToContainTextAsync("Sami Superviseur");

            await operatorPage.Locator("[data-testid=notepad-edit]").ClickAsync();
            await operatorPage.Locator("textarea[data-testid=notepad-input]").FillAsync("Rappeler après 18 h pour le reçu 2025.");
            await operatorPage.Locator("[data-testid=notepad-save]").ClickAsync();
            await Expect(operatorPage.Locator("[data-testid=notepad]")).ToContainTextAsync("Rappeler après 18 h");

            await operatorPage.Locator("[data-testid=email-add]").ClickAsync();
            var dialog = operatorPage.Locator(".mud-dialog");
            await dialog.Locator("input[data-testid=email-input]").FillAsync($"{firstName.ToLowerInvariant()}@exemple.fr");
            await Expect(dialog.Locator("input[data-testid=campaign-picker]")).ToHaveValueAsync(new Regex("^GENERIQUE"));
            await dialog.Locator("[data-testid=email-save]").ClickAsync();
            await Expect(operatorPage.Locator("[data-testid=emails]")).ToContainTextAsync($"{firstName.ToLowerInvariant()}@exemple.fr");

            // No reload on the supervisor's side: the change arrives through PostgreSQL LISTEN/NOTIFY.
            await Expect(supervisorPage.Locator("[data-testid=emails]")).ToContainTextAsync(
                $"{firstName.ToLowerInvariant()}@exemple.fr", new LocatorAssertionsToContainTextOptions { Timeout = LiveTimeout });
            await Expect(supervisorPage.Locator("[data-testid=notepad]")).ToContainTextAsync(
                "Rappeler après 18 h", new LocatorAssertionsToContainTextOptions { Timeout = LiveTimeout });
            await Expect(supervisorPage.GetByText("Fiche mise à jour par Olga Opératrice").First).ToBeVisibleAsync();
        }, "Second_viewer");
    });

    private static async Task CreateContactAsync(IPage page, string firstName)
    {
        await page.GotoAsync("/contacts");
        await WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=contact-create]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("Prénom").FillAsync(firstName);
        await dialog.GetByLabel("Nom", new LocatorGetByLabelOptions { Exact = true }).FillAsync("Lefèvre");
        await dialog.GetByLabel("Numéro et voie").FillAsync("12 rue de la Roquette");
        await dialog.GetByLabel("Code postal").FillAsync("75020");
        await dialog.GetByLabel("Ville").FillAsync("Paris");
        await Expect(dialog.Locator("input[data-testid=campaign-picker]")).ToHaveValueAsync(new Regex("^GENERIQUE"));
        await page.Locator("[data-testid=contact-save]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/contacts/\d+$"));
    }
}
