using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>Recurring gifts and their instalments, built through EF as the scheduling run and the provider files would.</summary>
public static class RecurringTestData
{
    private static int _sequence;

    public static string NewReference(string prefix = "I-") => $"{prefix}{Guid.NewGuid():N}"[..20];

    /// <summary>A PayPal gift of <paramref name="amount"/> that started on <paramref name="startsOn"/>.</summary>
    public static Task<long> PayPalGiftAsync(this CrmAppFixture app, long contactId, decimal amount, Periodicity periodicity, DateOnly startsOn)
    {
        return app.WithDbAsync(async db =>
        {
            var generic = await db.Campaigns.Where(c => c.IsGeneric).Select(c => c.Id).SingleAsync();
            var gift = RecurringGift.ByPayPal(contactId, amount, periodicity, generic, startsOn, NewReference());
            db.RecurringGifts.Add(gift);
            await db.SaveChangesAsync();
            return gift.Id;
        });
    }

    public static Task<long> CardGiftAsync(this CrmAppFixture app, long contactId, decimal amount, DateOnly startsOn, DateOnly cardExpiresOn) =>
        app.WithDbAsync(async db =>
        {
            var generic = await db.Campaigns.Where(c => c.IsGeneric).Select(c => c.Id).SingleAsync();
            var gift = RecurringGift.ByCard(contactId, amount, Periodicity.Monthly, generic, startsOn, NewReference("PZ-"), cardExpiresOn);
            db.RecurringGifts.Add(gift);
            await db.SaveChangesAsync();
            return gift.Id;
        });

    /// <summary>
    /// The run's instalment due on the gift's next due date, then refused by the provider (<paramref name="code"/>,
    /// <paramref name="reason"/>); the gift is suspended when <paramref name="suspend"/>. Returns the instalment's id.
    /// </summary>
    public static Task<long> UnpaidInstalmentAsync(
        this CrmAppFixture app, long giftId, string code = "AM04", string reason = "Provision insuffisante", bool suspend = true,
        UnpaidResolution? resolution = null) =>
        app.WithDbAsync(async db =>
        {
            var gift = await db.RecurringGifts.SingleAsync(g => g.Id == giftId);
            var dueOn = gift.NextDueOn;
            var donation = Donation.ForInstalment(gift, dueOn, collected: false);
            db.Donations.Add(donation);
            var instalment = Instalment.Scheduled(gift, donation, dueOn, dueOn, null, null);
            db.Instalments.Add(instalment);
            gift.Advance();
            instalment.MarkUnpaid(code, reason, dueOn, $"TX-{Interlocked.Increment(ref _sequence)}");
            donation.MarkUnpaid(reason, dueOn);
            if (suspend && gift.Status == RecurringGiftStatus.Active)
            {
                gift.Suspend(reason, dueOn);
            }

            if (resolution is { } decided)
            {
                instalment.Resolve(decided, dueOn);
            }

            await db.SaveChangesAsync();
            return instalment.DonationId;
        });

    public static Task<RecurringGift> GiftAsync(this CrmAppFixture app, long giftId) =>
        app.QueryAsync(db => db.RecurringGifts.AsNoTracking().SingleAsync(g => g.Id == giftId));

    public static Task<Instalment> InstalmentAsync(this CrmAppFixture app, long instalmentId) =>
        app.QueryAsync(db => db.Instalments.AsNoTracking().SingleAsync(i => i.DonationId == instalmentId));

    /// <summary>A day of this month no month clamps (≤ 28), <paramref name="monthsAgo"/> months back.</summary>
    public static DateOnly SafeDayMonthsAgo(int monthsAgo, int day = 10) => new DateOnly(Today.Year, Today.Month, day).AddMonths(-monthsAgo);

    public static async Task<TestContact> DonorAsync(this CrmAppFixture app, string lastName = "Martin", string firstName = "Claire")
    {
        await app.GenericCampaignAsync();
        return await app.CreatePersonAsync(lastName, firstName);
    }
}
