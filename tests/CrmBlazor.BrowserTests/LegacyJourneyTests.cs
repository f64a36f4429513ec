using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class LegacyJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Operator_presses_promesse_de_legs_and_sees_the_date_stamped_and_journaled() => InBrowserAsync(async page =>
    {
        var lastName = $"Testateur{Guid.NewGuid().ToString("N")[..6]}";
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        await SignInAsync(page, CrmAppFixture.OperatorEmail);
        await page.GotoAsync("/contacts");
        await WaitForInteractivityAsync(page);
        await page.Locator("[data-testid=contact-create]").ClickAsync();
        var dialog = page.Locator(".mud-dialog");
        await dialog.GetByLabel("Prénom").FillAsync("Hortense");
        await dialog.GetByLabel("Nom", new LocatorGetByLabelOptions { Exact = true }).FillAsync(lastName);
        await dialog.GetByLabel("Numéro et voie").FillAsync("3 rue des Lilas");
        await dialog.GetByLabel("Code postal").FillAsync("69003");
        await dialog.GetByLabel("Ville").FillAsync("Lyon");
        await Expect(dialog.Locator("input[data-testid=campaign-picker]")).ToHaveValueAsync(new Regex("^GENERIQUE"));
        await page.Locator("[data-testid=contact-save]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/contacts/\d+$"));
        var recordUrl = page.Url;

        await page.GotoAsync($"{recordUrl}?onglet=infos");
        await WaitForInteractivityAsync(page);
        var block = page.Locator("[data-testid=legacy-block]");
        await Expect(block.Locator("[data-testid=legacy-date-Pledged]")).ToHaveTextAsync("—");
        await block.Locator("[data-testid=legacy-record-Pledged]").ClickAsync();

        var stamped = today.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        await Expect(block.Locator("[data-testid=legacy-date-Pledged]")).ToHaveTextAsync(stamped);
        await Expect(block.Locator("[data-testid=legacy-record-Confirmed]")).ToBeVisibleAsync();
        await Expect(block.Locator("[data-testid=legacy-record-InformationSent]")).ToHaveCountAsync(0);

        await page.GotoAsync($"{recordUrl}?onglet=journal");
        await WaitForInteractivityAsync(page);
        var journal = page.Locator("[data-testid=journal-tab]");
        var legacyRow = journal.Locator("tr").Filter(new LocatorFilterOptions { HasText = "Legs" });
        await Expect(legacyRow).ToContainTextAsync("PledgedOn");
        await Expect(legacyRow).ToContainTextAsync(today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(legacyRow).ToContainTextAsync("Olga Opératrice");
    });
}
