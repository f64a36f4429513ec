using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class SchedulingJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    private static readonly float RunTimeout = 30_000;

    [Fact]
    public Task Supervisor_previews_and_runs_the_scheduling_run_then_resolves_the_refused_instalment_and_the_open_record_follows() =>
        InBrowserAsync(async page =>
        {
            var seed = await SeedAsync();
            await SignInAsync(page, CrmAppFixture.SupervisorEmail);
            await page.GotoAsync("/traitements");
            await WaitForInteractivityAsync(page);

            await page.Locator("#scheduling-preview").ClickAsync();
            var preview = page.Locator("#scheduling-preview-result");
            await Expect(preview).ToContainTextAsync("Carte bancaire (PayZen)");
            await Expect(preview.Locator("[data-testid=scheduling-preview-count]")).Not.ToHaveTextAsync("0");
            await page.Locator("#scheduling-run").ClickAsync();
            await page.Locator(".mud-dialog").GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "Lancer l'échéancement" }).ClickAsync();
            await Expect(page.GetByText("Échéancement de", new PageGetByTextOptions { Exact = false }).First).ToBeVisibleAsync();
            await Expect(page.Locator("#scheduling-runs [data-scheduling-run-status]").First).ToContainTextAsync(
                "Terminé", new LocatorAssertionsToContainTextOptions { Timeout = RunTimeout });

            var created = await InstalmentOfThisMonthAsync(seed);
            Assert.Equal(InstalmentStatus.Pending, created.Status);

            // PayZen refuses it (as its journal would say); the record is open while a supervisor decides.
            await RefuseAsync(seed, created.DonationId);
            await page.GotoAsync($"/contacts/{seed.ContactId}?onglet=cb-regulieres");
            await WaitForInteractivityAsync(page);
            var gifts = page.Locator("[data-testid=recurring-gifts-tab]");
            await Expect(gifts.Locator("[data-testid=recurring-gift-status]")).ToHaveTextAsync(["Suspendu"]);

            await InBrowserAsync(async unpaidPage =>
            {
                await SignInAsync(unpaidPage, CrmAppFixture.SupervisorEmail);
                await unpaidPage.GotoAsync("/recurrent/impayes");
                await WaitForInteractivityAsync(unpaidPage);
                var row = unpaidPage.Locator("[data-testid=unpaid-grid] tr").Filter(new LocatorFilterOptions { HasText = seed.LastName.ToUpperInvariant() });
                await Expect(row.Locator("[data-testid=unpaid-due]")).ToHaveTextAsync($"{created.DueOn:dd/MM/yyyy}");
                await row.Locator("[data-testid=unpaid-postpone]").ClickAsync();
                await Expect(row).ToHaveCountAsync(0);
            }, "Supervisor");

            await Expect(gifts.Locator("[data-testid=recurring-gift-status]")).ToHaveTextAsync(
                ["Actif"], new LocatorAssertionsToHaveTextOptions { Timeout = 5_000 });
        });

    /// <summary>A 12 € monthly card gift first collected online last month, due again this month, and an ICS for the association.</summary>
    private async Task<Seed> SeedAsync()
    {
        var unique = Guid.NewGuid().ToString("N")[..6];
        await using var db = Db();
        var today = ParisTime.Today(TimeProvider.System);
        var latest = await db.OrganisationProfiles.OrderByDescending(p => p.Revision).FirstOrDefaultAsync();
        if (!CreditorIdentifier.IsValid(latest?.SepaCreditorId) || !Domain.Payments.Iban.IsValid(latest?.Iban))
        {
            var identity = latest?.Identity ?? new OrganisationIdentity(
                "Les Amis des Oiseaux", "W751234567", "12 rue des Lilas", "75020", "Paris", "France", "Protection des oiseaux",
                Domain.Receipts.OrganisationCategory.GeneralInterestAssociation, null, true, false, "Claire Moreau", "Présidente", null, null,
                "Crédit Mutuel", "Les Amis des Oiseaux", "FR7630006000011234567890189", null, true);
            db.OrganisationProfiles.Add(OrganisationProfile.NextRevision(
                latest?.Revision, identity with { SepaCreditorId = "FR72ZZZ123456", Iban = "FR7630006000011234567890189" }, DateTimeOffset.UtcNow, "tests"));
        }

        var generic = await db.Campaigns.Where(c => c.IsGeneric).Select(c => c.Id).SingleAsync();
        var lastName = $"Echeance{unique}";
        var contact = Contact.NewPerson(0, Civility.Madame, "Marie", lastName, today, generic);
        db.Contacts.Add(contact);
        var firstPaid = new DateOnly(today.Year, today.Month, 1).AddMonths(-1).AddDays(Math.Min(today.Day, 28) - 1);
        var gift = RecurringGift.ByCard(contact.Id, 12m, Periodicity.Monthly, generic, firstPaid, $"PZ-{unique}", new DateOnly(today.Year + 3, 12, 31));
        db.RecurringGifts.Add(gift);
        var first = Donation.ForInstalment(gift, firstPaid, collected: true);
        db.Donations.Add(first);
        db.Instalments.Add(Instalment.FirstCollected(gift, first, $"PZ-{unique}-1"));
        gift.FirstInstalmentTaken();
        await db.SaveChangesAsync();
        return new Seed(contact.Id, gift.Id, lastName);
    }

    private async Task<Instalment> InstalmentOfThisMonthAsync(Seed seed)
    {
        await using var db = Db();
        return await db.Instalments.AsNoTracking().Where(i => i.RecurringGiftId == seed.GiftId && i.SchedulingRunId != null).SingleAsync();
    }

    private async Task RefuseAsync(Seed seed, long instalmentId)
    {
        await using var db = Db();
        var instalment = await db.Instalments.SingleAsync(i => i.DonationId == instalmentId);
        var donation = await db.Donations.SingleAsync(d => d.Id == instalmentId);
        var gift = await db.RecurringGifts.SingleAsync(g => g.Id == seed.GiftId);
        instalment.MarkUnpaid("51", "Provision insuffisante", instalment.DueOn, $"PZ-{seed.GiftId}-refus");
        donation.MarkUnpaid("Provision insuffisante", instalment.DueOn);
        gift.Suspend("Impayé : provision insuffisante", instalment.DueOn);
        await db.SaveChangesAsync();
    }

    private AppDbContext Db()
    {
        var actor = new ActorContext { Current = Actor.System("tests navigateur") };
        var options = new DbContextOptionsBuilder<AppDbContext>()
            .UseNpgsql(App.ConnectionString)
            .UseSnakeCaseNamingConvention()
            .AddInterceptors(new JournalInterceptor(actor, TimeProvider.System))
            .Options;
        return new AppDbContext(options);
    }

    private sealed record Seed(long ContactId, long GiftId, string LastName);
}
