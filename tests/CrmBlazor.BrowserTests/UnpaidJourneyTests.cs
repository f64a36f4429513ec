using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class UnpaidJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    private static readonly float LiveTimeout = 5_000;

    [Fact]
    public Task Supervisor_postpones_a_refused_PayPal_instalment_and_the_open_record_shows_the_gift_active_again_without_reload() =>
        InBrowserAsync(async recordPage =>
        {
            var seed = await SeedAsync();
            await SignInAsync(recordPage, CrmAppFixture.OperatorEmail);
            await recordPage.GotoAsync($"/contacts/{seed.ContactId}?onglet=cb-regulieres");
            await WaitForInteractivityAsync(recordPage);
            await Expect(recordPage.GetByRole(AriaRole.Tab, new PageGetByRoleOptions { Name = "CB régulières (1)" })).ToBeVisibleAsync();
            var gifts = recordPage.Locator("[data-testid=recurring-gifts-tab]");
            await Expect(gifts.Locator("[data-testid=recurring-gift-amount]")).ToHaveTextAsync(["30,00 €"]);
            await Expect(gifts.Locator("[data-testid=recurring-gift-status]")).ToHaveTextAsync(["Suspendu"]);
            await Expect(gifts.Locator("[data-testid=instalment-line]").First).ToContainTextAsync($"{seed.UnpaidDueOn:dd/MM/yyyy} · 30,00 € · Impayée");

            await InBrowserAsync(async unpaidPage =>
            {
                await SignInAsync(unpaidPage, CrmAppFixture.SupervisorEmail);
                await unpaidPage.GotoAsync("/recurrent/impayes");
                await WaitForInteractivityAsync(unpaidPage);
                var row = unpaidPage.Locator("[data-testid=unpaid-grid] tr").Filter(new LocatorFilterOptions { HasText = seed.LastName.ToUpperInvariant() });
                await Expect(row.Locator("[data-testid=unpaid-due]")).ToHaveTextAsync($"{seed.UnpaidDueOn:dd/MM/yyyy}");
                await Expect(row).ToContainTextAsync("Refus de paiement PayPal");
                await row.Locator("[data-testid=unpaid-postpone]").ClickAsync();
                await Expect(unpaidPage.GetByText("Impayé reporté : le don régulier reprend à l'échéance suivante.")).ToBeVisibleAsync();
                await Expect(row).ToHaveCountAsync(0);
            }, "Supervisor");

            // No reload: the decision reaches the open record through PostgreSQL LISTEN/NOTIFY.
            await Expect(gifts.Locator("[data-testid=recurring-gift-status]")).ToHaveTextAsync(
                ["Actif"], new LocatorAssertionsToHaveTextOptions { Timeout = LiveTimeout });
            await Expect(recordPage.GetByText("Fiche mise à jour par Sami Superviseur : dons réguliers").First).ToBeVisibleAsync();
            await Expect(gifts.Locator("[data-testid=instalment-line]").First).ToContainTextAsync("Impayée (DECLINED Refus de paiement PayPal — Reporté)");
        });

    /// <summary>
    /// A 30 € quarterly PayPal gift first paid on 10 January last year, whose 10 April instalment PayPal refused: the
    /// gift is suspended until a supervisor decides. Straight into the app's database, as the run and the PayPal file would.
    /// </summary>
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
        var lastName = $"Impaye{unique}";
        var contact = Contact.NewPerson(0, Civility.Madame, "Rose", lastName, today, generic);
        db.Contacts.Add(contact);

        var firstPaid = new DateOnly(today.Year - 1, 1, 10);
        var gift = RecurringGift.ByPayPal(contact.Id, 30m, Periodicity.Quarterly, generic, firstPaid, $"I-{unique}");
        db.RecurringGifts.Add(gift);
        var first = Donation.ForInstalment(gift, firstPaid, collected: true);
        db.Donations.Add(first);
        db.Instalments.Add(Instalment.FirstCollected(gift, first, $"PP-{unique}-1"));
        gift.FirstInstalmentTaken();

        var dueOn = gift.NextDueOn;
        var refused = Donation.ForInstalment(gift, dueOn, collected: false);
        db.Donations.Add(refused);
        var instalment = Instalment.Scheduled(gift, refused, dueOn, dueOn, null, null);
        db.Instalments.Add(instalment);
        gift.Advance();
        instalment.MarkUnpaid("DECLINED", "Refus de paiement PayPal", dueOn, $"PP-{unique}-2");
        refused.MarkUnpaid("Refus de paiement PayPal", dueOn);
        gift.Suspend("Refus de paiement PayPal", dueOn);
        await db.SaveChangesAsync();
        return new Seed(contact.Id, lastName, dueOn);
    }

    private sealed record Seed(long ContactId, string LastName, DateOnly UnpaidDueOn);
}
