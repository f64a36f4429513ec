using System.Text.RegularExpressions;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class MembershipJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    /// <summary>The demo operator's name: a batch she opened is preselected on her entry form.</summary>
    private const string OperatorName = "Olga Opératrice";

    [Fact]
    public Task Operator_enters_a_membership_pays_it_by_cheque_in_another_tab_and_the_open_record_shows_the_member_chip_live() => InBrowserAsync(async page =>
    {
        var seed = await SeedAsync();
        await SignInAsync(page, CrmAppFixture.OperatorEmail);

        await page.GotoAsync($"/contacts/{seed.ContactId}?onglet=adhesions");
        await WaitForInteractivityAsync(page);
        await Expect(page.Locator("[data-testid=membership-chip]")).ToHaveCountAsync(0);
        await page.Locator("[data-testid=membership-type]").ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Filter(new LocatorFilterOptions { HasText = seed.TypeName }).ClickAsync();
        await page.Locator("[data-testid=membership-enter]").ClickAsync();
        var tab = page.Locator("[data-testid=memberships-tab]");
        await Expect(tab.Locator("[data-testid=membership-status]")).ToHaveTextAsync(["En attente de paiement"]);
        await Expect(page.Locator("[data-testid=membership-chip]")).ToHaveTextAsync("Adhésion en attente de paiement");

        // The cheque is entered from a second tab; the record stays open in the first.
        var entry = await page.Context.NewPageAsync();
        await entry.GotoAsync($"/contacts/{seed.ContactId}/encaissement");
        await WaitForInteractivityAsync(entry);
        await Expect(entry.Locator("[data-testid=payment-method]")).ToHaveTextAsync("Chèque");
        await entry.Locator("input[data-testid=payment-amount]").FillAsync("30");
        await entry.Locator("input[data-testid=cheque-bank]").FillAsync("La Banque Postale");
        await entry.Locator("input[data-testid=cheque-number]").FillAsync("7781234");
        await entry.GetByText($"Adhésion {seed.TypeName} — en attente de paiement").ClickAsync();
        await Expect(entry.Locator("[data-testid=payment-remaining]")).ToHaveTextAsync("réparti en totalité");
        await entry.Locator("[data-testid=payment-save]").ClickAsync();
        await Expect(entry).ToHaveURLAsync(new Regex($@"/contacts/{seed.ContactId}\?onglet=adhesions$"));

        var until = $"31/12/{ParisTime.Today(TimeProvider.System).Year}";
        await Expect(page.Locator("[data-testid=membership-chip]")).ToHaveTextAsync($"Adhérent jusqu'au {until}");
        await Expect(tab.Locator("[data-testid=membership-status]")).ToHaveTextAsync(["Nouvelle"]);
        await Expect(page.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "Adhésions (1)" })).ToBeVisibleAsync();
    });

    /// <summary>A contact, an open cheque batch of the operator's, and a calendar-year membership type, straight into the app's database.</summary>
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
        var contact = Contact.NewPerson(0, Civility.Madame, "Berthe", $"Adherente{unique}", today, generic);
        var batch = PaymentBatch.Open($"Cotisations {unique}", today, OperatorName, 1, 30m);
        var type = MembershipType.Create($"Individuelle {unique}", 30m, MembershipKind.CalendarYear, null, 3);
        db.Contacts.Add(contact);
        db.PaymentBatches.Add(batch);
        db.MembershipTypes.Add(type);
        await db.SaveChangesAsync();
        return new Seed(contact.Id, type.Name);
    }

    private sealed record Seed(long ContactId, string TypeName);
}
