using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

/// <summary>A Superviseur imports a PayPal activity download, reads the result, finds it in the history, and cannot import it twice.</summary>
[Collection(CrmAppCollection.Name)]
public sealed class ProviderFilesJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Supervisor_imports_a_PayPal_download_sees_its_counts_and_history_and_the_same_file_is_refused() => InBrowserAsync(async page =>
    {
        // A withdrawal to the bank only: nothing to match, whatever the base holds; unique bytes so the test can run again.
        var file = new FilePayload
        {
            Name = "Download.CSV",
            MimeType = "text/csv",
            Buffer = Encoding.UTF8.GetBytes(
                "\"Date\",\"Heure\",\"Nom\",\"Type\",\"État\",\"Devise\",\"Avant commission\",\"Numéro de transaction\"\r\n"
                + $"\"11/04/2026\",\"06:02:11\",\"\",\"Virement standard\",\"Terminé\",\"EUR\",\"-500,00\",\"{Guid.NewGuid():N}\"\r\n"),
        };
        await SignInAsync(page, CrmAppFixture.SupervisorEmail);
        await page.GotoAsync("/recurrent/fichiers");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Fichiers des prestataires");
        await WaitForInteractivityAsync(page);

        await page.Locator("[data-testid=provider-file-kind]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = "PayPal — activité" }).ClickAsync();
        await Expect(page.Locator("[data-testid=provider-file-kind]")).ToHaveTextAsync("PayPal — activité");
        await page.Locator("input[data-testid=provider-file-input]").Last.SetInputFilesAsync(file);
        await Expect(page.Locator("[data-testid=provider-file-name]")).ToHaveTextAsync("Download.CSV");
        await page.Locator("[data-testid=provider-file-import]").ClickAsync();

        var report = page.Locator("[data-testid=provider-file-report]");
        await Expect(report).ToContainTextAsync("Lignes : 1");
        await Expect(report).ToContainTextAsync("Appliquées : 0");
        await Expect(report).ToContainTextAsync("Rejetées : 0");
        await Expect(page.Locator("[data-testid=provider-imports] tbody tr").First).ToContainTextAsync("Download.CSV");

        await page.Locator("input[data-testid=provider-file-input]").Last.SetInputFilesAsync(file);
        await page.Locator("[data-testid=provider-file-import]").ClickAsync();
        await Expect(page.Locator("[data-testid=provider-file-error]")).ToContainTextAsync("Ce fichier a déjà été importé le ");
    });
}
