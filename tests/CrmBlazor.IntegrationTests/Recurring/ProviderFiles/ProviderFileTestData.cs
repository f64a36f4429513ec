using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Recurring.ProviderFiles;

/// <summary>A recurring gift a test made, and its instalments by due date (the instalment id is its donation's).</summary>
public sealed record TestRecurringGift(long Id, long ContactId, IReadOnlyDictionary<DateOnly, long> Instalments)
{
    public long On(DateOnly dueOn) => Instalments[dueOn];
}

/// <summary>Recurring gifts and their instalments straight through EF, as the scheduling run and the online form leave them.</summary>
public static class ProviderFileTestData
{
    public static readonly Actor Supervisor = Actor.Staff("supervisor-tests", "Sami Superviseur");

    /// <summary>
    /// A gift whose first instalment the online form collected (with that transaction id) and whose later due dates the
    /// run has turned into pending instalments.
    /// </summary>
    public static async Task<TestRecurringGift> RecurringGiftAsync(
        this CrmAppFixture app, long contactId, RecurringChannel channel, decimal amount, Periodicity periodicity, DateOnly firstOn, string reference,
        string? firstTransactionId, params DateOnly[] pendingOn)
    {
        var campaign = await app.GenericCampaignAsync();
        return await app.WithDbAsync(async db =>
        {
            var gift = channel == RecurringChannel.Card
                ? RecurringGift.ByCard(contactId, amount, periodicity, campaign, firstOn, reference, new DateOnly(2030, 12, 31))
                : RecurringGift.ByPayPal(contactId, amount, periodicity, campaign, firstOn, reference);
            db.RecurringGifts.Add(gift);
            var instalments = new Dictionary<DateOnly, long>();
            if (firstTransactionId is not null)
            {
                var first = Donation.ForInstalment(gift, firstOn, collected: true);
                db.Donations.Add(first);
                db.Instalments.Add(Instalment.FirstCollected(gift, first, firstTransactionId));
                gift.FirstInstalmentTaken();
                instalments[firstOn] = first.Id;
            }

            foreach (var dueOn in pendingOn)
            {
                var donation = Donation.ForInstalment(gift, dueOn, collected: false);
                db.Donations.Add(donation);
                db.Instalments.Add(Instalment.Scheduled(gift, donation, dueOn, dueOn, null, null));
                gift.Advance();
                instalments[dueOn] = donation.Id;
            }

            await db.SaveChangesAsync();
            return new TestRecurringGift(gift.Id, contactId, instalments);
        });
    }

    public static Task<CommandResult<ProviderImportReport>> ImportAsync(this CrmAppFixture app, ProviderFileKind kind, string fileName, string content) =>
        app.ImportAsync(kind, fileName, Encoding.UTF8.GetBytes(content));

    public static Task<CommandResult<ProviderImportReport>> ImportAsync(this CrmAppFixture app, ProviderFileKind kind, string fileName, byte[] content) =>
        app.ActAsync(Supervisor, s => s.GetRequiredService<ProviderFileImporter>().ImportAsync(kind, fileName, content, CancellationToken.None));

    /// <summary>An import that must succeed.</summary>
    public static async Task<ProviderImportReport> ImportedAsync(this CrmAppFixture app, ProviderFileKind kind, string fileName, string content)
    {
        var result = await app.ImportAsync(kind, fileName, content);
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }

    public static Task<Instalment> InstalmentAsync(this CrmAppFixture app, long id) =>
        app.QueryAsync(db => db.Instalments.AsNoTracking().SingleAsync(i => i.DonationId == id));

    public static Task<Donation> DonationAsync(this CrmAppFixture app, long id) =>
        app.QueryAsync(db => db.Donations.AsNoTracking().SingleAsync(d => d.Id == id));

    public static Task<RecurringGift> GiftAsync(this CrmAppFixture app, long id) =>
        app.QueryAsync(db => db.RecurringGifts.AsNoTracking().SingleAsync(g => g.Id == id));

    /// <summary>What the donor summary counts: (gifts, total); (0, 0) without a summary row.</summary>
    public static Task<(int Count, decimal Total)> SummaryAsync(this CrmAppFixture app, long contactId) =>
        app.QueryAsync(async db => await db.DonorSummaries.AsNoTracking().Where(s => s.ContactId == contactId)
            .Select(s => new ValueTuple<int, decimal>(s.GiftCount, s.LifetimeTotal)).SingleOrDefaultAsync());

    /// <summary>A PayZen journal: TITRE, ENTETE with our usual columns, the DETAILS given, FIN.</summary>
    public static string PayZenJournal(params string[] details) =>
        string.Join(
            "\r\n",
            [
                "TITRE;Les Amis des Oiseaux;26/04/16_06:00:12;TABLE_V_CUSTOM;",
                "ENTETE;TRANSACTION_UUID;TRANSACTION_ID;ORDER_ID;SUBSCRIPTION_ID;TRANSACTION_TYPE;AMOUNT;CURRENCY;PAYMENT_DATE;TRANSACTION_STATUS;AUTH_RESULT;",
                .. details,
                $"FIN;{details.Length};",
            ]) + "\r\n";

    /// <summary>One DETAILS record: amount in euros, written in cents.</summary>
    public static string Detail(string uuid, string subscription, decimal amount, DateOnly on, string status, string? order = null, string type = "DEBIT",
        string? code = null) =>
        $"DETAILS;{uuid};{uuid[..6]};{order};{subscription};{type};{(long)(amount * 100)};978;{on:yyyyMMdd};{status};{code};";
}
