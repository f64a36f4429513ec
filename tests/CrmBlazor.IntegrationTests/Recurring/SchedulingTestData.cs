using CrmBlazor.Application.Recurring.Scheduling;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.Receipts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>A clock set to a Paris date and hour, so a test decides what "today" is for the run.</summary>
public sealed class ParisClock(DateOnly day, int hour = 2) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() =>
        Domain.Common.ParisTime.StartOfDay(day).AddHours(hour);
}

/// <summary>Recurring gifts made through the domain and EF, and scheduling runs executed in-process on a chosen day.</summary>
public static class SchedulingTestData
{
    public const string CreditorId = "FR72ZZZ123456";

    public static readonly Actor Supervisor = Actor.Staff(Guid.NewGuid().ToString(), "Sophie Gestion");

    /// <summary>The association with its SEPA creditor identifier, as the run needs it for direct debits.</summary>
    public static async Task CreditorAsync(this CrmAppFixture app)
    {
        await app.IssuerAsync();
        await app.WithDbAsync(async db =>
        {
            var latest = await db.OrganisationProfiles.OrderByDescending(p => p.Revision).FirstAsync();
            db.OrganisationProfiles.Add(Domain.Organisation.OrganisationProfile.NextRevision(
                latest.Revision, latest.Identity with { SepaCreditorId = CreditorId, Iban = "FR7630006000011234567890189", Bic = "BNPAFRPPXXX" }, DateTimeOffset.UtcNow, "tests"));
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>A card or PayPal gift whose first instalment the online form collected on <paramref name="firstPaidOn"/>.</summary>
    public static Task<long> OnlineGiftAsync(
        this CrmAppFixture app, long contactId, RecurringChannel channel, decimal amount, Periodicity periodicity, DateOnly firstPaidOn,
        DateOnly? cardExpiresOn = null) =>
        app.WithDbAsync(async db =>
        {
            var campaign = await app.GenericCampaignAsync();
            var gift = channel == RecurringChannel.Card
                ? RecurringGift.ByCard(contactId, amount, periodicity, campaign, firstPaidOn, $"SUB-{Guid.NewGuid():N}"[..20], cardExpiresOn ?? new DateOnly(2030, 12, 31))
                : RecurringGift.ByPayPal(contactId, amount, periodicity, campaign, firstPaidOn, $"I-{Guid.NewGuid():N}"[..14]);
            db.RecurringGifts.Add(gift);
            var donation = Donation.ForInstalment(gift, firstPaidOn, collected: true);
            // HiLo ids are given on Add: the donation and its instalment are saved together, as the database requires.
            db.Donations.Add(donation);
            db.Instalments.Add(Instalment.FirstCollected(gift, donation, $"T-{donation.Id}"));
            gift.FirstInstalmentTaken();
            await db.SaveChangesAsync();
            return gift.Id;
        });

    /// <summary>A SEPA mandate signed on <paramref name="signedOn"/> and its direct debit from <paramref name="startsFrom"/>.</summary>
    public static Task<(long MandateId, long GiftId)> DirectDebitAsync(
        this CrmAppFixture app, long contactId, decimal amount, int collectionDay, DateOnly signedOn, DateOnly startsFrom,
        Periodicity periodicity = Periodicity.Monthly, string iban = "FR7630006000011234567890189") =>
        app.WithDbAsync(async db =>
        {
            var campaign = await app.GenericCampaignAsync();
            var mandate = SepaMandate.Sign(contactId, $"RUM-{Guid.NewGuid():N}"[..24], signedOn, iban, null, "Marie Dupont");
            db.SepaMandates.Add(mandate);
            await db.SaveChangesAsync();
            var gift = RecurringGift.ByDirectDebit(mandate, amount, periodicity, campaign, startsFrom, collectionDay);
            db.RecurringGifts.Add(gift);
            await db.SaveChangesAsync();
            return (mandate.Id, gift.Id);
        });

    public static async Task<long> PersonAsync(this CrmAppFixture app, string lastName = "Dupont", string firstName = "Marie") =>
        (await app.CreatePersonAsync(lastName, firstName, Civility.Madame, "75011", "Paris", "3 rue Haute", null)).Id;

    /// <summary>The run as the Quartz job executes it, on <paramref name="today"/> at 02:00 Paris.</summary>
    public static Task<SchedulingOutcome> RunSchedulingAsync(this CrmAppFixture app, DateOnly today, IChangeNotifier? notifier = null, CancellationToken ct = default) =>
        app.ActAsync(Supervisor, async s =>
        {
            var result = await Service(s, today, notifier).RunAsync(today, ct);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
            return result.Value!;
        });

    public static Task<SchedulingPreview> PreviewSchedulingAsync(this CrmAppFixture app, DateOnly today) =>
        app.ActAsync(Supervisor, s => Service(s, today).PreviewAsync(today));

    public static Task<FollowUpOutcome> FollowUpAsync(this CrmAppFixture app, DateOnly today) =>
        app.ActAsync(Supervisor, s => new RecurringFollowUp(
            s.GetRequiredService<NpgsqlDataSource>(), s.GetRequiredService<ActorContext>(), new ParisClock(today),
            s.GetRequiredService<IOptions<RecurringOptions>>()).RunAsync());

    public static SchedulingRunService Service(IServiceProvider s, DateOnly today, IChangeNotifier? notifier = null)
    {
        var clock = new ParisClock(today);
        return new SchedulingRunService(
            s.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            s.GetRequiredService<NpgsqlDataSource>(),
            s.GetRequiredService<IDocumentStore>(),
            notifier ?? s.GetRequiredService<IChangeNotifier>(),
            s.GetRequiredService<ActorContext>(),
            clock,
            s.GetRequiredService<IOptions<RecurringOptions>>(),
            s.GetRequiredService<ILogger<SchedulingRunService>>());
    }

    public static Task<List<Instalment>> InstalmentsAsync(this CrmAppFixture app) =>
        app.QueryAsync(db => db.Instalments.AsNoTracking().OrderBy(i => i.RecurringGiftId).ThenBy(i => i.DueOn).ToListAsync());
}
