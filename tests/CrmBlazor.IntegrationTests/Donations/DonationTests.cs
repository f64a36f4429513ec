using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Donations;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.Payments;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Donations;

/// <summary>Gifts after their entry: cancel, refund, unpaid; what counts in the totals and the donor summary.</summary>
public sealed class DonationTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Only_a_collected_gift_can_be_refunded()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var collected = await DonationOfAsync(await App.TransferGiftAsync(jean.Id, 40m));
        var pending = await PendingGiftAsync(jean.Id, 25m);

        var refunded = await ChangeAsync(collected, DonationChange.Refund, "Erreur de montant");
        var refused = await ChangeAsync(pending, DonationChange.Refund, "Erreur de montant");

        Assert.True(refunded.Succeeded, string.Join(" ", refunded.Errors));
        Assert.Equal(["Seul un don encaissé peut être remboursé."], refused.Errors);
        Assert.Equal((DonationStatus.Refunded, "Erreur de montant"), await StatusAsync(collected));
        Assert.Equal((DonationStatus.Pending, null), await StatusAsync(pending));
    }

    [Fact]
    public async Task A_pending_or_collected_gift_can_become_unpaid_but_not_a_cancelled_one()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var collected = await DonationOfAsync(await App.TransferGiftAsync(jean.Id, 40m));
        var pending = await PendingGiftAsync(jean.Id, 25m);
        var cancelled = await DonationOfAsync(await App.TransferGiftAsync(jean.Id, 10m));
        Assert.True((await ChangeAsync(cancelled, DonationChange.Cancel, "Doublon")).Succeeded);

        Assert.True((await ChangeAsync(collected, DonationChange.MarkUnpaid, "Rejet bancaire AM04")).Succeeded);
        Assert.True((await ChangeAsync(pending, DonationChange.MarkUnpaid, "Chèque sans provision")).Succeeded);
        var refused = await ChangeAsync(cancelled, DonationChange.MarkUnpaid, "Rejet");

        Assert.Equal((DonationStatus.Unpaid, "Rejet bancaire AM04"), await StatusAsync(collected));
        Assert.Equal((DonationStatus.Unpaid, "Chèque sans provision"), await StatusAsync(pending));
        Assert.Equal(["Seul un don en attente ou encaissé peut devenir impayé."], refused.Errors);
    }

    [Fact]
    public async Task A_gift_is_cancelled_once_with_its_reason_and_never_deleted()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var gift = await DonationOfAsync(await App.TransferGiftAsync(jean.Id, 40m));

        var noReason = await ChangeAsync(gift, DonationChange.Cancel, "");
        var cancelled = await ChangeAsync(gift, DonationChange.Cancel, "Saisi sur la mauvaise fiche");
        var twice = await ChangeAsync(gift, DonationChange.Cancel, "Encore");

        Assert.Equal([Messages.Money_ReasonRequired], noReason.Errors);
        Assert.True(cancelled.Succeeded);
        Assert.Equal(["Ce don est déjà annulé ou remboursé."], twice.Errors);
        Assert.Equal((DonationStatus.Cancelled, "Saisi sur la mauvaise fiche"), await StatusAsync(gift));
        Assert.Equal(1, await App.QueryAsync(db => db.Donations.CountAsync()));
    }

    [Fact]
    public async Task A_change_on_a_stale_screen_is_refused()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var gift = await DonationOfAsync(await App.TransferGiftAsync(jean.Id, 40m));
        var version = await App.QueryAsync(db => db.Donations.Where(d => d.Id == gift).Select(d => d.Version).SingleAsync());
        Assert.True((await ChangeAsync(gift, DonationChange.MarkUnpaid, "Rejet")).Succeeded);

        var stale = await App.RunAsync<CommandResult, ChangeDonationStatusHandler>(h =>
            h.HandleAsync(new ChangeDonationStatusCommand(gift, version, DonationChange.Cancel, "Doublon")));

        Assert.Equal([Messages.Donation_ChangedMeanwhile], stale.Errors);
    }

    [Fact]
    public async Task The_donor_summary_counts_only_collected_gifts_and_not_the_pending_ones_of_an_open_batch()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        await App.TransferGiftAsync(jean.Id, 30m, new DateOnly(2024, 5, 2));
        await App.TransferGiftAsync(jean.Id, 100m, new DateOnly(2025, 1, 20));
        var refunded = await DonationOfAsync(await App.TransferGiftAsync(jean.Id, 500m, new DateOnly(2025, 2, 1)));
        Assert.True((await ChangeAsync(refunded, DonationChange.Refund, "Erreur")).Succeeded);
        await PendingGiftAsync(jean.Id, 1_000m);

        var summary = await App.QueryAsync(db => db.DonorSummaries.AsNoTracking().SingleAsync(s => s.ContactId == jean.Id));

        Assert.Equal((2, 130m, 100m), (summary.GiftCount, summary.LifetimeTotal, summary.LargestGift));
        Assert.Equal((new DateOnly(2024, 5, 2), 30m), (summary.FirstGiftOn, summary.FirstGiftAmount));
        Assert.Equal((new DateOnly(2025, 1, 20), 100m), (summary.LastGiftOn, summary.LastGiftAmount));
        Assert.Equal(65m, summary.AverageGift);
        var years = await App.QueryAsync(db => db.DonorYearTotals.AsNoTracking().Where(t => t.ContactId == jean.Id).OrderBy(t => t.Year)
            .Select(t => new { t.Year, t.Total, t.GiftCount }).ToListAsync());
        Assert.Equal([(2024, 30m, 1), (2025, 100m, 1)], years.Select(y => (y.Year, y.Total, y.GiftCount)));
    }

    [Fact]
    public async Task The_synthesis_gives_this_year_last_year_and_ten_years_of_collected_giving()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var year = Today.Year;
        await App.TransferGiftAsync(jean.Id, 20m, new DateOnly(year - 12, 3, 1));
        await App.TransferGiftAsync(jean.Id, 40m, new DateOnly(year - 1, 6, 1));
        await App.TransferGiftAsync(jean.Id, 60m, new DateOnly(year - 1, 12, 1));
        await App.TransferGiftAsync(jean.Id, 15m, new DateOnly(year, 1, 1));

        var synthesis = await App.RunAsync<DonorSynthesisView?, DonorSynthesisHandler>(h => h.HandleAsync(jean.Id));

        Assert.NotNull(synthesis);
        Assert.Equal((135m, 4, 60m, 33.75m), (synthesis.LifetimeTotal, synthesis.GiftCount, synthesis.LargestGift, synthesis.AverageGift));
        Assert.Equal(new GiftView(new DateOnly(year - 12, 3, 1), 20m), synthesis.FirstGift);
        Assert.Equal(new GiftView(new DateOnly(year, 1, 1), 15m), synthesis.LastGift);
        Assert.Equal(new YearGiving(year, 15m, 1), synthesis.ThisYear);
        Assert.Equal(new YearGiving(year - 1, 100m, 2), synthesis.LastYear);
        Assert.Equal(Enumerable.Range(year - 9, 10), synthesis.Years.Select(y => y.Year));
        Assert.Equal(115m, synthesis.Years.Sum(y => y.Total));
    }

    [Fact]
    public async Task A_contact_without_a_collected_gift_has_no_synthesis()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        await PendingGiftAsync(jean.Id, 50m);

        Assert.Null(await App.RunAsync<DonorSynthesisView?, DonorSynthesisHandler>(h => h.HandleAsync(jean.Id)));
    }

    [Fact]
    public async Task The_gifts_tab_lists_newest_first_with_collected_totals_and_counts_per_status()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        await App.TransferGiftAsync(jean.Id, 30m, Today.AddDays(-30));
        await App.TransferGiftAsync(jean.Id, 45.50m, Today.AddDays(-3));
        var cancelled = await DonationOfAsync(await App.TransferGiftAsync(jean.Id, 12m, Today.AddDays(-1)));
        Assert.True((await ChangeAsync(cancelled, DonationChange.Cancel, "Doublon")).Succeeded);
        await PendingGiftAsync(jean.Id, 80m);

        var page = await App.RunAsync<PagedResult<DonationRow>, ContactDonationsTabHandler>(h => h.HandleAsync(jean.Id, new PageRequest(0, 3)));
        var totals = await App.RunAsync<DonationTotals, ContactDonationsTabHandler>(h => h.TotalsAsync(jean.Id));

        Assert.Equal(4, page.TotalCount);
        Assert.Equal([80m, 12m, 45.50m], page.Items.Select(d => d.Amount));
        Assert.Equal((DonationStatus.Cancelled, "Doublon"), (page.Items[1].Status, page.Items[1].StatusReason));
        Assert.Equal((75.50m, 2), (totals.CollectedTotal, totals.CollectedCount));
        Assert.Equal((1, 1, 0), (totals.Count(DonationStatus.Pending), totals.Count(DonationStatus.Cancelled), totals.Count(DonationStatus.Refunded)));
    }

    [Fact]
    public async Task The_tab_counts_give_payments_gifts_orders_subscriptions_and_collected_gifts()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var product = await App.ProductAsync(unitPrice: 30m);
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 130m, Today)
        {
            Donations = [50m, 10m],
            OrderItems = [new(product.Id, 1)],
            Subscriptions = [new(40m, Today, Today.AddYears(1), 4)],
        });
        await PendingGiftAsync(jean.Id, 20m);

        var counts = await App.RunAsync<ContactTabCounts, ContactTabCountsHandler>(h => h.HandleAsync(jean.Id));

        Assert.Equal((2, 3, 1, 1, 2), (counts.Payments, counts.Donations, counts.Orders, counts.Subscriptions, counts.CollectedGifts));
    }

    private async Task<long> PendingGiftAsync(long contactId, decimal amount)
    {
        var batch = await App.OpenBatchAsync();
        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(contactId, PaymentMethod.Cash, amount, Today, BatchId: batch.Id) { Donations = [amount] });
        return await DonationOfAsync(paymentId);
    }

    private Task<long> DonationOfAsync(long paymentId) =>
        App.QueryAsync(db => db.Donations.Where(d => d.PaymentId == paymentId).Select(d => d.Id).SingleAsync());

    private Task<(DonationStatus Status, string? Reason)> StatusAsync(long donationId) =>
        App.QueryAsync(async db => await db.Donations.Where(d => d.Id == donationId)
            .Select(d => new ValueTuple<DonationStatus, string?>(d.Status, d.StatusReason)).SingleAsync());

    private async Task<CommandResult> ChangeAsync(long donationId, DonationChange change, string reason)
    {
        var version = await App.QueryAsync(db => db.Donations.Where(d => d.Id == donationId).Select(d => d.Version).SingleAsync());
        return await App.RunAsync<CommandResult, ChangeDonationStatusHandler>(h => h.HandleAsync(new ChangeDonationStatusCommand(donationId, version, change, reason)));
    }
}
