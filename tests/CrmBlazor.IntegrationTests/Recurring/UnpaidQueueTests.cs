using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>The Superviseur's unpaid queue: what awaits a decision, and each decision's effect on the gift.</summary>
public sealed class UnpaidQueueTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_queue_lists_only_undecided_unpaid_instalments_with_the_gifts_earlier_failures()
    {
        var claire = await App.DonorAsync();
        var startsOn = RecurringTestData.SafeDayMonthsAgo(9);
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, startsOn);
        var first = await App.UnpaidInstalmentAsync(giftId, suspend: false, resolution: UnpaidResolution.Postponed);
        var second = await App.UnpaidInstalmentAsync(giftId, "MS02", "Refusé par le débiteur");
        var other = await App.DonorAsync("Petit", "Paul");
        var decidedGift = await App.PayPalGiftAsync(other.Id, 15m, Periodicity.Monthly, RecurringTestData.SafeDayMonthsAgo(2));
        await App.UnpaidInstalmentAsync(decidedGift, resolution: UnpaidResolution.Suspended);

        var page = await QueueAsync();

        var row = Assert.Single(page.Items);
        Assert.Equal(1, page.TotalCount);
        Assert.Equal(
            (second, claire.Id, "Claire MARTIN", RecurringChannel.PayPal, 30m, Periodicity.Quarterly, startsOn.AddMonths(3), "MS02", "Refusé par le débiteur",
                RecurringGiftStatus.Suspended),
            (row.InstalmentId, row.ContactId, row.ContactName, row.Channel, row.Amount, row.Periodicity, row.DueOn, row.FailureCode, row.FailureReason,
                row.GiftStatus));
        Assert.Equal([startsOn], row.EarlierFailures);
        Assert.NotEqual(first, row.InstalmentId);
    }

    [Fact]
    public async Task Postponing_resumes_the_suspended_gift_at_its_next_due_date_on_or_after_today()
    {
        var claire = await App.DonorAsync();
        var startsOn = RecurringTestData.SafeDayMonthsAgo(7);
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, startsOn);
        var instalmentId = await App.UnpaidInstalmentAsync(giftId);

        var result = await DecideAsync(instalmentId, UnpaidDecision.Postpone);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var gift = await App.GiftAsync(giftId);
        Assert.Equal((RecurringGiftStatus.Active, RecurringGiftTests.FirstQuarterlyDueOnOrAfterToday(startsOn)), (gift.Status, gift.NextDueOn));
        var instalment = await App.InstalmentAsync(instalmentId);
        Assert.Equal((InstalmentStatus.Unpaid, (UnpaidResolution?)UnpaidResolution.Postponed, (DateOnly?)Today),
            (instalment.Status, instalment.Resolution, instalment.ResolvedOn));
        Assert.Empty((await QueueAsync()).Items);
        var journaled = await App.QueryAsync(db => db.JournalEntries
            .Where(j => j.ContactId == claire.Id && j.ActorName == Operator.Name && j.Action == JournalAction.Updated)
            .Select(j => j.EntityType).OrderBy(t => t).ToListAsync());
        Assert.Equal(["instalments", "recurring_gifts"], journaled);

        var twice = await DecideAsync(instalmentId, UnpaidDecision.Postpone, version: instalment.Version);
        Assert.Equal(["Cet impayé est déjà traité."], twice.Errors);
    }

    [Fact]
    public async Task Keeping_suspended_suspends_an_active_gift_and_stopping_needs_a_reason_then_cancels_it()
    {
        var claire = await App.DonorAsync();
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, RecurringTestData.SafeDayMonthsAgo(4));
        var first = await App.UnpaidInstalmentAsync(giftId, suspend: false);

        var kept = await DecideAsync(first, UnpaidDecision.KeepSuspended);
        Assert.True(kept.Succeeded, string.Join(" ", kept.Errors));
        var suspended = await App.GiftAsync(giftId);
        Assert.Equal(RecurringGiftStatus.Suspended, suspended.Status);
        Assert.StartsWith("Impayé du ", suspended.StatusReason);

        var second = await App.UnpaidInstalmentAsync(giftId);
        var noReason = await DecideAsync(second, UnpaidDecision.StopGift, reason: " ");
        Assert.Equal([Messages.Money_ReasonRequired], noReason.Errors);
        Assert.Equal(RecurringGiftStatus.Suspended, (await App.GiftAsync(giftId)).Status);

        var stopped = await DecideAsync(second, UnpaidDecision.StopGift, reason: "Compte clôturé");
        Assert.True(stopped.Succeeded, string.Join(" ", stopped.Errors));
        var gift = await App.GiftAsync(giftId);
        Assert.Equal((RecurringGiftStatus.Cancelled, "Compte clôturé"), (gift.Status, gift.StatusReason));
        Assert.Equal(UnpaidResolution.Cancelled, (await App.InstalmentAsync(second)).Resolution);
    }

    [Fact]
    public async Task A_call_note_is_dated_and_signed_and_an_empty_one_is_refused()
    {
        var claire = await App.DonorAsync();
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, RecurringTestData.SafeDayMonthsAgo(4));
        var instalmentId = await App.UnpaidInstalmentAsync(giftId);
        var version = (await App.InstalmentAsync(instalmentId)).Version;

        var empty = await App.RunAsync<CommandResult, NoteUnpaidCallHandler>(h => h.HandleAsync(new NoteUnpaidCallCommand(instalmentId, version, "  ")));
        var noted = await App.RunAsync<CommandResult, NoteUnpaidCallHandler>(h => h.HandleAsync(
            new NoteUnpaidCallCommand(instalmentId, version, "Rappeler lundi, nouvelle carte")));

        Assert.Equal([Messages.Unpaid_NoteRequired], empty.Errors);
        Assert.True(noted.Succeeded, string.Join(" ", noted.Errors));
        var row = Assert.Single((await QueueAsync()).Items);
        Assert.Matches(@"^\d{2}/\d{2}/\d{4} \d{2}:\d{2} Olivia Opératrice : Rappeler lundi, nouvelle carte$", row.FollowUpNote);
    }

    [Fact]
    public async Task Active_card_gifts_whose_card_expires_before_the_next_due_date_are_listed()
    {
        var claire = await App.DonorAsync();
        var nextDue = Today.AddDays(40);
        var expiring = await App.CardGiftAsync(claire.Id, 10m, nextDue, nextDue.AddDays(-1));
        await App.CardGiftAsync(claire.Id, 12m, nextDue, nextDue.AddMonths(6));

        var page = await App.RunAsync<PagedResult<ExpiringCardRow>, ExpiringCardsHandler>(h => h.HandleAsync(new PageRequest(0, 25)));

        var row = Assert.Single(page.Items);
        Assert.Equal((expiring, claire.Id, 10m, nextDue.AddDays(-1), nextDue), (row.GiftId, row.ContactId, row.Amount, row.CardExpiresOn, row.NextDueOn));
    }

    private Task<PagedResult<UnpaidRow>> QueueAsync() =>
        App.RunAsync<PagedResult<UnpaidRow>, UnpaidQueueHandler>(h => h.HandleAsync(new PageRequest(0, 25)));

    private async Task<CommandResult> DecideAsync(long instalmentId, UnpaidDecision decision, string? reason = null, uint? version = null)
    {
        var seen = version ?? (await App.InstalmentAsync(instalmentId)).Version;
        return await App.RunAsync<CommandResult, DecideUnpaidHandler>(h => h.HandleAsync(new DecideUnpaidCommand(instalmentId, seen, decision, reason)));
    }
}
