using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class OrganisationJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Administrator_records_the_SEPA_creditor_identifier_after_a_wrong_key_is_explained() => InBrowserAsync(async page =>
    {
        var iban = await EnsureProfileAsync();
        await SignInAsync(page, CrmAppFixture.AdminEmail);

        await page.GotoAsync("/administration/organisme");
        await WaitForInteractivityAsync(page);
        var field = page.Locator("input[data-testid=organisation-sepa-creditor-id]");
        await field.FillAsync("FR73ZZZ123456");
        await page.Locator("[data-testid=organisation-save]").ClickAsync();
        await Expect(page.GetByText("La clé de contrôle de l'ICS est fausse : vérifiez chaque caractère.")).ToBeVisibleAsync();

        await field.FillAsync("fr72 zzz 123456");
        await page.Locator("[data-testid=organisation-save]").ClickAsync();
        await Expect(page.GetByText("Identité de l'organisme enregistrée")).ToBeVisibleAsync();
        await Expect(field).ToHaveValueAsync("FR72ZZZ123456");

        await page.ReloadAsync();
        await WaitForInteractivityAsync(page);
        await Expect(field).ToHaveValueAsync("FR72ZZZ123456");
        await using var db = NewContext();
        var latest = await db.OrganisationProfiles.AsNoTracking().OrderByDescending(p => p.Revision).FirstAsync();
        Assert.Equal(("FR72ZZZ123456", iban), (latest.SepaCreditorId, latest.Iban));
    });

    /// <summary>The other journeys may have saved the identity already; otherwise it is saved here, without ICS. Returns the IBAN.</summary>
    private async Task<string> EnsureProfileAsync()
    {
        await using var db = NewContext();
        var current = await db.OrganisationProfiles.AsNoTracking().OrderByDescending(p => p.Revision).FirstOrDefaultAsync();
        if (current is not null)
        {
            return current.Iban;
        }

        db.OrganisationProfiles.Add(OrganisationProfile.NextRevision(null, new OrganisationIdentity(
            "Les Amis de la Forêt", "W751234567", "12 rue des Chênes", "75011", "Paris", "France", "Protection des forêts",
            OrganisationCategory.GeneralInterestAssociation, null, true, false, "Claire Martin", "Présidente", null, null,
            "Crédit Coopératif", "Les Amis de la Forêt", "FR7630006000011234567890189", null, true), DateTimeOffset.UtcNow, "tests"));
        await db.SaveChangesAsync();
        return "FR7630006000011234567890189";
    }

    private AppDbContext NewContext()
    {
        var actor = new ActorContext { Current = Actor.System("tests navigateur") };
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(App.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new JournalInterceptor(actor, TimeProvider.System))
            .Options;
        return new AppDbContext(options);
    }
}
