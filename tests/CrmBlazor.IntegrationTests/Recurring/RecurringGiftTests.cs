using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>Card and PayPal gifts on the record: started, changed (end and start again), suspended, resumed, cancelled.</summary>
public sealed class RecurringGiftTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_card_gift_keeps_the_card_expiry_as_the_last_day_of_its_month_and_its_reference_is_unique()
    {
        var claire = await App.DonorAsync();
        var firstDue = Today.AddDays(5);

        var started = await App.RunAsync<CommandResult<long>, StartCardGiftHandler>(h => h.HandleAsync(
            new StartCardGiftCommand(claire.Id, 10m, Periodicity.Monthly, firstDue, " PZ-4471 ", "02/2030")));
        var again = await App.RunAsync<CommandResult<long>, StartCardGiftHandler>(h => h.HandleAsync(
            new StartCardGiftCommand(claire.Id, 15m, Periodicity.Monthly, firstDue, "PZ-4471", "02/2030")));
        var badExpiry = await App.RunAsync<CommandResult<long>, StartCardGiftHandler>(h => h.HandleAsync(
            new StartCardGiftCommand(claire.Id, 15m, Periodicity.Monthly, firstDue, "PZ-4472", "2030-02")));

        Assert.True(started.Succeeded, string.Join(" ", started.Errors));
        var gift = await App.GiftAsync(started.Value);
        Assert.Equal(
            (RecurringChannel.Card, 10m, firstDue, firstDue, "PZ-4471", (DateOnly?)new DateOnly(2030, 2, 28), RecurringGiftStatus.Active),
            (gift.Channel, gift.Amount, gift.StartsOn, gift.NextDueOn, gift.ProviderReference, gift.CardExpiresOn, gift.Status));
        Assert.Equal([Messages.Recurring_ProviderReferenceTaken], again.Errors);
        Assert.Equal([Messages.Recurring_CardExpiryInvalid], badExpiry.Errors);
        Assert.Equal(1, await App.QueryAsync(db => db.RecurringGifts.CountAsync()));
    }

    [Fact]
    public async Task A_gift_whose_first_due_date_is_past_or_missing_is_refused_with_nothing_written()
    {
        var claire = await App.DonorAsync();

        var past = await App.RunAsync<CommandResult<long>, StartPayPalGiftHandler>(h => h.HandleAsync(
            new StartPayPalGiftCommand(claire.Id, 30m, Periodicity.Quarterly, Today.AddDays(-1), "I-PAST")));
        var missing = await App.RunAsync<CommandResult<long>, StartPayPalGiftHandler>(h => h.HandleAsync(
            new StartPayPalGiftCommand(claire.Id, 0m, Periodicity.Quarterly, default, " ")));

        Assert.Equal([Messages.Recurring_FirstDueInPast], past.Errors);
        Assert.Equal(
            [string.Format(Messages.Recurring_AmountInvalid, Domain.Payments.MoneyLimits.MaxAmount), Messages.Recurring_FirstDueRequired,
                Messages.Recurring_ProviderReferenceRequired],
            missing.Errors);
        Assert.Equal(0, await App.QueryAsync(db => db.RecurringGifts.CountAsync()));
    }

    [Fact]
    public async Task Changing_the_amount_ends_the_gift_and_starts_a_new_one_from_its_next_due_date()
    {
        var claire = await App.DonorAsync();
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, Today.AddDays(20));
        var old = await App.GiftAsync(giftId);

        var changed = await App.RunAsync<CommandResult<long>, ChangeRecurringGiftHandler>(h => h.HandleAsync(
            new ChangeRecurringGiftCommand(giftId, old.Version, 45m, RecurringChannel.PayPal, Periodicity.Quarterly, "I-NEWPLAN")));

        Assert.True(changed.Succeeded, string.Join(" ", changed.Errors));
        var ended = await App.GiftAsync(giftId);
        Assert.Equal((RecurringGiftStatus.Ended, "Remplacé : nouveau montant", (DateOnly?)Today, 30m),
            (ended.Status, ended.StatusReason, ended.StatusChangedOn, ended.Amount));
        var next = await App.GiftAsync(changed.Value);
        Assert.Equal((RecurringGiftStatus.Active, 45m, old.NextDueOn, (long?)giftId, "I-NEWPLAN", old.CampaignId),
            (next.Status, next.Amount, next.StartsOn, next.ReplacesId, next.ProviderReference, next.CampaignId));

        var stale = await App.RunAsync<CommandResult<long>, ChangeRecurringGiftHandler>(h => h.HandleAsync(
            new ChangeRecurringGiftCommand(giftId, old.Version, 50m, RecurringChannel.PayPal, Periodicity.Quarterly, "I-OTHER")));
        Assert.Equal([Messages.Recurring_ChangedMeanwhile], stale.Errors);
        Assert.Equal(2, await App.QueryAsync(db => db.RecurringGifts.CountAsync()));
    }

    [Fact]
    public async Task The_database_refuses_to_rewrite_a_gifts_amount()
    {
        var claire = await App.DonorAsync();
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, Today.AddDays(20));

        await using var connection = await App.OpenConnectionAsync();
        await using var update = new NpgsqlCommand("UPDATE recurring_gifts SET amount = 99 WHERE id = @id", connection);
        update.Parameters.AddWithValue("id", giftId);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.RestrictViolation, refused.SqlState);
        Assert.Equal(30m, (await App.GiftAsync(giftId)).Amount);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_a_cancelled_gift_cannot_resume()
    {
        var claire = await App.DonorAsync();
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, Today.AddDays(20));
        var version = (await App.GiftAsync(giftId)).Version;

        var noReason = await App.RunAsync<CommandResult, CancelRecurringGiftHandler>(h => h.HandleAsync(new CancelRecurringGiftCommand(giftId, version, "  ")));
        Assert.Equal([Messages.Money_ReasonRequired], noReason.Errors);
        Assert.Equal(RecurringGiftStatus.Active, (await App.GiftAsync(giftId)).Status);

        var cancelled = await App.RunAsync<CommandResult, CancelRecurringGiftHandler>(h => h.HandleAsync(
            new CancelRecurringGiftCommand(giftId, version, " Le donateur arrête ")));
        Assert.True(cancelled.Succeeded, string.Join(" ", cancelled.Errors));
        var gift = await App.GiftAsync(giftId);
        Assert.Equal((RecurringGiftStatus.Cancelled, "Le donateur arrête", (DateOnly?)Today), (gift.Status, gift.StatusReason, gift.StatusChangedOn));

        var resumed = await App.RunAsync<CommandResult, ResumeRecurringGiftHandler>(h => h.HandleAsync(new ResumeRecurringGiftCommand(giftId, gift.Version)));
        Assert.Equal(["Seul un don régulier suspendu peut reprendre."], resumed.Errors);
    }

    [Fact]
    public async Task A_suspended_gift_resumes_at_its_first_due_date_on_or_after_today()
    {
        var claire = await App.DonorAsync();
        var startsOn = RecurringTestData.SafeDayMonthsAgo(7);
        var giftId = await App.PayPalGiftAsync(claire.Id, 30m, Periodicity.Quarterly, startsOn);
        var version = (await App.GiftAsync(giftId)).Version;

        var suspended = await App.RunAsync<CommandResult, SuspendRecurringGiftHandler>(h => h.HandleAsync(
            new SuspendRecurringGiftCommand(giftId, version, "À la demande du donateur")));
        Assert.True(suspended.Succeeded, string.Join(" ", suspended.Errors));
        var suspendedVersion = (await App.GiftAsync(giftId)).Version;
        var resumed = await App.RunAsync<CommandResult, ResumeRecurringGiftHandler>(h => h.HandleAsync(new ResumeRecurringGiftCommand(giftId, suspendedVersion)));

        Assert.True(resumed.Succeeded, string.Join(" ", resumed.Errors));
        var gift = await App.GiftAsync(giftId);
        Assert.Equal((RecurringGiftStatus.Active, (string?)null, FirstQuarterlyDueOnOrAfterToday(startsOn)), (gift.Status, gift.StatusReason, gift.NextDueOn));
    }

    /// <summary>Every three months from the start (a day no month clamps), the first that is not past.</summary>
    internal static DateOnly FirstQuarterlyDueOnOrAfterToday(DateOnly startsOn)
    {
        var due = startsOn;
        for (var k = 1; due < Today; k++)
        {
            due = startsOn.AddMonths(3 * k);
        }

        return due;
    }
}
