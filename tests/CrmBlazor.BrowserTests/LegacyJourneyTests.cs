using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class LegacyJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Operator_presses_promesse_de_legs_and_sees_the_date_stamped_and_journaled() => InBrowserAsync(async page =>
    {
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris")).DateTime);
        var recordUrl = $"/contacts/{await DemoPersonWithoutLegacyAsync()}";
        await SignInAsync(page, CrmAppFixture.OperatorEmail);

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

    /// <summary>A person of the demo base with no legacy file yet.</summary>
    private async Task<long> DemoPersonWithoutLegacyAsync()
    {
        await using var connection = new Npgsql.NpgsqlConnection(App.ConnectionString);
        await connection.OpenAsync();
        await using var query = new Npgsql.NpgsqlCommand(
            """
            SELECT c.id FROM contacts c
            WHERE c.kind = 'Person' AND NOT EXISTS (SELECT 1 FROM legacies l WHERE l.contact_id = c.id)
            ORDER BY c.id LIMIT 1
            """, connection);
        return (long)(await query.ExecuteScalarAsync() ?? throw new InvalidOperationException("The demo base has no person without a legacy file."));
    }
}
