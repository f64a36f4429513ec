using Microsoft.Playwright;
using Npgsql;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

/// <summary>A Superviseur starts a receipt run on the Traitements page and sees it end without reloading.</summary>
[Collection(CrmAppCollection.Name)]
public sealed class ReceiptRunJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Supervisor_starts_a_receipt_run_sees_it_finish_live_and_opens_the_declaration_page() => InBrowserAsync(async page =>
    {
        await EnsureIssuerAsync();
        await SignInAsync(page, CrmAppFixture.SupervisorEmail);
        await page.GotoAsync("/traitements");
        await Expect(page.GetByRole(AriaRole.Heading, new PageGetByRoleOptions { Name = "Reçus fiscaux", Exact = true })).ToBeVisibleAsync();
        await WaitForInteractivityAsync(page);

        // A year without gifts: the run plans nobody and ends at once, whatever the demo base holds.
        await page.Locator("input[data-testid=receipt-run-year]").FillAsync("2001");
        await page.Locator("input[data-testid=receipt-run-year]").PressAsync("Tab");
        await page.Locator("#receipt-run-start").ClickAsync();
        await Expect(page.GetByText("Reçus annuels 2001 : traitement lancé.")).ToBeVisibleAsync();

        // The end arrives through PostgreSQL LISTEN/NOTIFY from whichever server ran the job.
        var row = page.Locator("#receipt-runs tbody tr").Filter(new LocatorFilterOptions { HasText = "Reçus annuels 2001" });
        await Expect(row).ToContainTextAsync("Terminé", new LocatorAssertionsToContainTextOptions { Timeout = 30_000 });
        await Expect(row).ToContainTextAsync("Sami Superviseur");

        // A second start for the same year is fine once the first has ended.
        await page.Locator("#receipt-run-start").ClickAsync();
        await Expect(row).ToHaveCountAsync(2, new LocatorAssertionsToHaveCountOptions { Timeout = 30_000 });

        await page.GotoAsync("/recus/declaration");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Déclaration des dons (CGI art. 222 bis)");
        await Expect(page.Locator("#receipt-declaration")).ToBeVisibleAsync();
    });

    /// <summary>Receipts need the association's identity, which an Administrateur enters on a page of its own.</summary>
    private async Task EnsureIssuerAsync()
    {
        await using var connection = new NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var insert = new NpgsqlCommand(
            """
            INSERT INTO organisation_profiles (revision, name, siren_or_rna, street, post_code, city, country, object, category,
                article200, article978, signatory_name, signatory_title, bank_name, account_holder, iban, receipts_skip_suspended, saved_at, saved_by)
            SELECT 1, 'Les Amis des Oiseaux', 'W751234567', '12 rue des Lilas', '75020', 'Paris', 'France', 'Protection des oiseaux',
                   'GeneralInterestAssociation', true, false, 'Claire Moreau', 'Présidente', 'Crédit Mutuel', 'Les Amis des Oiseaux',
                   'FR7610278060610001020480101', true, now(), 'tests'
             WHERE NOT EXISTS (SELECT 1 FROM organisation_profiles)
            """,
            connection);
        await insert.ExecuteNonQueryAsync();
    }
}
