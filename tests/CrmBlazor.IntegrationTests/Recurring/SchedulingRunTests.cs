using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.Receipts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Recurring;

public sealed class SchedulingRunTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly DateOnly AprilFirst = new(2026, 4, 1);

    [Fact]
    public async Task Marie_Dupont_card_gift_imported_15_March_gets_a_pending_15_April_donation_and_15_May_next()
    {
        var marie = await App.PersonAsync();
        var gift = await App.OnlineGiftAsync(marie, RecurringChannel.Card, 10m, Periodicity.Monthly, new DateOnly(2026, 3, 15));

        var outcome = await App.RunSchedulingAsync(AprilFirst);

        Assert.Equal((1, 10m, 0), (outcome.Instalments, outcome.Total, outcome.SepaTransactions));
        var april = (await App.InstalmentsAsync()).Single(i => i.DueOn == new DateOnly(2026, 4, 15));
        Assert.Equal((InstalmentStatus.Pending, gift, outcome.RunId), (april.Status, april.RecurringGiftId, april.SchedulingRunId));
        var donation = await App.QueryAsync(db => db.Donations.AsNoTracking().SingleAsync(d => d.Id == april.DonationId));
        Assert.Equal((DonationStatus.Pending, DonationOrigin.Recurring, 10m, new DateOnly(2026, 4, 15)), (donation.Status, donation.Origin, donation.Amount, donation.DonatedOn));
        Assert.Equal(new DateOnly(2026, 5, 15), (await App.GiftAsync(gift)).NextDueOn);

        // Only the collected March gift counts; the pending April one waits for PayZen's journal.
        var summary = await App.QueryAsync(db => db.DonorSummaries.AsNoTracking().SingleAsync(s => s.ContactId == marie));
        Assert.Equal((1, 10m), (summary.GiftCount, summary.LifetimeTotal));
        var journal = await App.JournalAsync();
        Assert.Contains(journal, e => e.EntityType == "donations" && e.EntityKey == april.DonationId.ToString() && e.ContactId == marie && e.Changes.Any(c => c.Field == "DueOn"));
        Assert.Contains(journal, e => e.EntityType == "donations" && e.EntityKey == april.DonationId.ToString()
            && e.Changes.Any(c => c.Field == "RecurringGift.NextDueOn" && c.Old == "2026-04-15" && c.New == "2026-05-15"));
    }

    [Fact]
    public async Task Jean_Martin_quarterly_PayPal_gift_first_paid_10_January_is_due_10_April()
    {
        var jean = await App.PersonAsync("Martin", "Jean");
        var gift = await App.OnlineGiftAsync(jean, RecurringChannel.PayPal, 30m, Periodicity.Quarterly, new DateOnly(2026, 1, 10));

        var february = await App.RunSchedulingAsync(new DateOnly(2026, 2, 1));
        var april = await App.RunSchedulingAsync(AprilFirst);

        Assert.Equal(0, february.Instalments);
        Assert.Equal(new DateOnly(2026, 4, 10), (await App.InstalmentsAsync()).Last().DueOn);
        Assert.Equal(1, april.Instalments);
        Assert.Equal(new DateOnly(2026, 7, 10), (await App.GiftAsync(gift)).NextDueOn);
    }

    [Fact]
    public async Task Running_twice_creates_nothing_the_second_time()
    {
        await GiftsDueInAprilAsync();

        var first = await App.RunSchedulingAsync(AprilFirst);
        var second = await App.RunSchedulingAsync(AprilFirst);

        Assert.Equal(4, first.Instalments);
        Assert.Equal(0, second.Instalments);
        Assert.Equal(4 + 2, (await App.InstalmentsAsync()).Count);
    }

    [Fact]
    public async Task Two_servers_running_at_once_create_each_instalment_once()
    {
        await GiftsDueInAprilAsync();

        var runs = await Task.WhenAll(App.RunSchedulingAsync(AprilFirst), App.RunSchedulingAsync(AprilFirst));

        Assert.Equal([0, 4], runs.Select(r => r.Instalments).Order());
        var instalments = await App.InstalmentsAsync();
        Assert.Equal(instalments.Count, instalments.Select(i => (i.RecurringGiftId, i.DueOn)).Distinct().Count());
    }

    [Fact]
    public async Task A_run_stopped_before_its_commit_leaves_nothing_and_the_next_run_creates_everything_once()
    {
        await GiftsDueInAprilAsync();
        using var crash = new CancellationTokenSource();
        var notifier = new CancelOnFirstNotice(App.Services.GetRequiredService<IChangeNotifier>(), crash);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => App.RunSchedulingAsync(AprilFirst, notifier, crash.Token));

        Assert.Equal(2, (await App.InstalmentsAsync()).Count);
        var failed = await App.QueryAsync(db => db.SchedulingRuns.AsNoTracking().SingleAsync());
        Assert.Equal(SchedulingRunStatus.Failed, failed.Status);
        var rerun = await App.RunSchedulingAsync(AprilFirst);
        Assert.Equal(4, rerun.Instalments);
        Assert.Equal(6, (await App.InstalmentsAsync()).Count);
    }

    [Fact]
    public async Task The_database_refuses_a_second_instalment_for_the_same_gift_and_due_date()
    {
        await GiftsDueInAprilAsync();
        await App.RunSchedulingAsync(AprilFirst);
        var existing = (await App.InstalmentsAsync()).First(i => i.SchedulingRunId is not null);

        await using var connection = await App.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand(
            """
            BEGIN;
            INSERT INTO donations (id, contact_id, campaign_id, amount, donated_on, method, origin, status)
            SELECT nextval('donations_hilo'), contact_id, campaign_id, amount, @due, 'Card', 'Recurring', 'Pending' FROM recurring_gifts WHERE id = @gift;
            INSERT INTO instalments (donation_id, recurring_gift_id, contact_id, due_on, collect_on, amount, channel, status)
            SELECT currval('donations_hilo'), id, contact_id, @due, @due, amount, channel, 'Pending' FROM recurring_gifts WHERE id = @gift;
            COMMIT;
            """,
            connection);
        insert.Parameters.AddWithValue("gift", existing.RecurringGiftId);
        insert.Parameters.AddWithValue("due", existing.DueOn);

        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    [Theory]
    [InlineData("recurring_gift_id = -1")]
    [InlineData("scheduling_run_id = -1")]
    [InlineData("contact_id = (SELECT min(id) FROM contacts WHERE id <> i.contact_id)")]
    public async Task The_database_refuses_an_instalment_whose_gift_run_or_donor_does_not_hold(string wrongColumn)
    {
        await GiftsDueInAprilAsync();
        await App.RunSchedulingAsync(AprilFirst);
        var existing = (await App.InstalmentsAsync()).First(i => i.SchedulingRunId is not null && i.Channel != RecurringChannel.DirectDebit);

        // The run's instalment copied onto a fresh donation of the same donor and amount, with one reference broken.
        await using var connection = await App.OpenConnectionAsync();
        await using var insert = new NpgsqlCommand(
            $"""
            BEGIN;
            CREATE TEMP TABLE copy ON COMMIT DROP AS SELECT * FROM instalments WHERE donation_id = @donation;
            UPDATE copy i SET donation_id = nextval('donations_hilo'), due_on = due_on + 1000, {wrongColumn};
            INSERT INTO donations (id, contact_id, campaign_id, amount, donated_on, method, origin, status)
            SELECT c.donation_id, c.contact_id, d.campaign_id, c.amount, c.due_on, d.method, 'Recurring', 'Pending'
              FROM copy c, donations d WHERE d.id = @donation;
            INSERT INTO instalments SELECT * FROM copy;
            COMMIT;
            """,
            connection);
        insert.Parameters.AddWithValue("donation", existing.DonationId);

        var error = await Assert.ThrowsAsync<PostgresException>(() => insert.ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("ck_instalment_donation", error.ConstraintName);
    }

    [Fact]
    public async Task A_scheduling_run_instalments_refer_to_is_never_deleted_and_a_donation_keeps_its_id()
    {
        await GiftsDueInAprilAsync();
        var outcome = await App.RunSchedulingAsync(AprilFirst);
        var existing = (await App.InstalmentsAsync()).First(i => i.SchedulingRunId is not null);

        await using var connection = await App.OpenConnectionAsync();
        await using var delete = new NpgsqlCommand("DELETE FROM scheduling_runs WHERE id = @run", connection);
        delete.Parameters.AddWithValue("run", outcome.RunId);
        await using var renumber = new NpgsqlCommand("UPDATE donations SET id = -id WHERE id = @donation", connection);
        renumber.Parameters.AddWithValue("donation", existing.DonationId);

        Assert.Equal(PostgresErrorCodes.RestrictViolation, (await Assert.ThrowsAsync<PostgresException>(() => delete.ExecuteNonQueryAsync())).SqlState);
        Assert.Equal(PostgresErrorCodes.RestrictViolation, (await Assert.ThrowsAsync<PostgresException>(() => renumber.ExecuteNonQueryAsync())).SqlState);
    }

    [Fact]
    public async Task A_card_expired_before_its_due_date_suspends_the_gift_and_the_preview_said_so()
    {
        var contact = await App.PersonAsync();
        var gift = await App.OnlineGiftAsync(contact, RecurringChannel.Card, 12m, Periodicity.Monthly, new DateOnly(2026, 3, 20), new DateOnly(2026, 3, 31));

        var preview = await App.PreviewSchedulingAsync(AprilFirst);
        var outcome = await App.RunSchedulingAsync(AprilFirst);

        Assert.Equal(0, preview.Instalments);
        Assert.Contains("03/2026", Assert.Single(preview.Stops).Reason);
        Assert.Equal((0, 1), (outcome.Instalments, outcome.Stopped));
        var suspended = await App.GiftAsync(gift);
        Assert.Equal(RecurringGiftStatus.Suspended, suspended.Status);
        Assert.Equal(new DateOnly(2026, 4, 1), suspended.StatusChangedOn);
    }

    [Fact]
    public async Task The_preview_counts_what_the_run_then_creates_per_channel()
    {
        await GiftsDueInAprilAsync();

        var preview = await App.PreviewSchedulingAsync(AprilFirst);
        var outcome = await App.RunSchedulingAsync(AprilFirst);

        Assert.Equal(outcome.Instalments, preview.Instalments);
        Assert.Equal(outcome.Total, preview.Total);
        Assert.Equal((1, 1), (preview.SepaFirst, preview.SepaRecurring));
        Assert.Equal(
            [(RecurringChannel.Card, 1, 10m), (RecurringChannel.PayPal, 1, 30m), (RecurringChannel.DirectDebit, 2, 45m)],
            preview.Channels.Select(c => (c.Channel, c.Instalments, c.Total)));
        Assert.True(preview.CanRun);
    }

    [Fact]
    public async Task Direct_debits_without_a_creditor_identifier_block_the_run_before_anything_is_written()
    {
        var contact = await App.PersonAsync();
        await App.IssuerAsync();
        await App.DirectDebitAsync(contact, 20m, 10, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));

        var preview = await App.PreviewSchedulingAsync(AprilFirst);
        var result = await App.ActAsync(SchedulingTestData.Supervisor, s => SchedulingTestData.Service(s, AprilFirst).RunAsync(AprilFirst));

        Assert.False(preview.CanRun);
        Assert.False(result.Succeeded);
        Assert.Contains("ICS", Assert.Single(result.Errors));
        Assert.Empty(await App.InstalmentsAsync());
    }

    /// <summary>Card 10 € monthly, PayPal 30 € quarterly (both first paid online), and two direct debits: one new mandate, one used before.</summary>
    private async Task GiftsDueInAprilAsync()
    {
        await App.CreditorAsync();
        var marie = await App.PersonAsync();
        var jean = await App.PersonAsync("Martin", "Jean");
        await App.OnlineGiftAsync(marie, RecurringChannel.Card, 10m, Periodicity.Monthly, new DateOnly(2026, 3, 15));
        await App.OnlineGiftAsync(jean, RecurringChannel.PayPal, 30m, Periodicity.Quarterly, new DateOnly(2026, 1, 10));
        await App.DirectDebitAsync(marie, 20m, 10, new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 1));
        var (mandate, _) = await App.DirectDebitAsync(jean, 25m, 5, new DateOnly(2025, 1, 2), new DateOnly(2026, 4, 1));
        await App.WithDbAsync(async db =>
        {
            var used = await db.SepaMandates.SingleAsync(m => m.Id == mandate);
            used.RecordCollection(new DateOnly(2026, 3, 5));
            return await db.SaveChangesAsync();
        });
    }

    /// <summary>Stops the run at its first announcement, before it writes: what a server crash at that point leaves.</summary>
    private sealed class CancelOnFirstNotice(IChangeNotifier inner, CancellationTokenSource crash) : IChangeNotifier
    {
        public async Task PublishAsync(ChangeNotice notice, CancellationToken ct = default)
        {
            await inner.PublishAsync(notice, CancellationToken.None);
            await crash.CancelAsync();
        }

        public IDisposable Subscribe(string topic, Func<ChangeNotice, Task> handler) => inner.Subscribe(topic, handler);
    }
}
