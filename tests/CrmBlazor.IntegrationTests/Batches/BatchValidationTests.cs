using CrmBlazor.Application.Batches;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Batches;

/// <summary>Payment batches: entered against an announced count and total, validated only when both match, then their gifts count.</summary>
public sealed class BatchValidationTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task A_batch_validates_only_when_both_the_count_and_the_total_match()
    {
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame);
        var batch = await App.OpenBatchAsync(3, 150m);
        await App.ReceiveChequeAsync(batch.Id, marie.Id, 50m, "Crédit Agricole", "1000001");
        await App.ReceiveChequeAsync(batch.Id, marie.Id, 60m, "Crédit Agricole", "1000002");

        var tooFew = await App.TryValidateAsync(batch.Id);
        await App.ReceiveCashAsync(batch.Id, marie.Id, 41m);
        var wrongTotal = await App.TryValidateAsync(batch.Id);

        Assert.False(tooFew.Succeeded);
        Assert.StartsWith("Le lot ne correspond pas : 2 encaissement(s)", Assert.Single(tooFew.Errors), StringComparison.Ordinal);
        Assert.StartsWith("Le lot ne correspond pas : 3 encaissement(s)", Assert.Single(wrongTotal.Errors), StringComparison.Ordinal);
        var stillOpen = await App.BatchAsync(batch.Id);
        Assert.Equal((PaymentBatchStatus.Open, 3, 151m, false), (stillOpen.Batch.Status, stillOpen.Batch.EnteredCount, stillOpen.Batch.EnteredTotal, stillOpen.Batch.Matches));

        var corrected = await App.ActAsync(MoneyTestData.Operator, s => s.GetRequiredService<ChangeBatchExpectationsHandler>()
            .HandleAsync(new ChangeBatchExpectationsCommand(batch.Id, stillOpen.Batch.Version, 3, 151m)));
        Assert.True(corrected.Succeeded, string.Join(" ", corrected.Errors));
        var validated = await App.ValidateAsync(batch.Id);

        Assert.Equal(batch.Number, validated.Number);
        var row = (await App.BatchAsync(batch.Id)).Batch;
        Assert.Equal((PaymentBatchStatus.Validated, MoneyTestData.Supervisor.Name), (row.Status, row.ValidatedBy));
    }

    [Fact]
    public async Task Cancelled_payments_are_left_out_of_what_the_batch_counts()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var batch = await App.OpenBatchAsync(2, 100m);
        await App.ReceiveChequeAsync(batch.Id, jean.Id, 50m, "BNP Paribas", "2000001");
        await App.ReceiveChequeAsync(batch.Id, jean.Id, 50m, "BNP Paribas", "2000002");
        var unsigned = await App.ReceiveChequeAsync(batch.Id, jean.Id, 30m, "BNP Paribas", "2000003");
        Assert.False((await App.TryValidateAsync(batch.Id)).Succeeded);

        await App.CancelPaymentAsync(unsigned);

        var view = await App.BatchAsync(batch.Id);
        Assert.Equal((2, 100m, true), (view.Batch.EnteredCount, view.Batch.EnteredTotal, view.Batch.Matches));
        Assert.Equal(3, view.Payments.Count);
        Assert.Equal(PaymentStatus.Cancelled, view.Payments.Single(p => p.Id == unsigned).Status);
        Assert.True((await App.TryValidateAsync(batch.Id)).Succeeded);
    }

    [Fact]
    public async Task Validation_collects_the_pending_gifts_and_the_donor_summary_then_counts_them()
    {
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame);
        var batch = await App.OpenBatchAsync(2, 80m);
        await App.ReceiveChequeAsync(batch.Id, marie.Id, 50m, "La Banque Postale", "3000001");
        await App.ReceiveCashAsync(batch.Id, marie.Id, 30m);
        var cancelled = await App.ReceiveChequeAsync(batch.Id, marie.Id, 25m, "La Banque Postale", "3000002");
        await App.CancelPaymentAsync(cancelled);
        Assert.All((await App.DonationsOfAsync(marie.Id)).Where(d => d.PaymentId != cancelled), d => Assert.Equal(DonationStatus.Pending, d.Status));
        Assert.Null(await SummaryAsync(marie.Id));

        var validated = await App.ValidateAsync(batch.Id);

        Assert.Equal(2, validated.CollectedDonations);
        var today = ParisTime.Today(App.Services.GetRequiredService<TimeProvider>());
        var donations = await App.DonationsOfAsync(marie.Id);
        Assert.Equal(
            [(50m, DonationStatus.Collected, (DateOnly?)today), (30m, DonationStatus.Collected, today), (25m, DonationStatus.Cancelled, MoneyTestData.ReceivedOn)],
            donations.Select(d => (d.Amount, d.Status, d.StatusChangedOn)));
        var summary = await SummaryAsync(marie.Id);
        Assert.NotNull(summary);
        Assert.Equal((2, 80m, 50m), (summary.GiftCount, summary.LifetimeTotal, summary.LargestGift));
    }

    [Fact]
    public async Task A_validated_batch_takes_no_more_payments_and_no_new_expectations()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var opened = await App.OpenBatchAsync(1, 20m);
        await App.ReceiveCashAsync(opened.Id, jean.Id, 20m);
        await App.ValidateAsync(opened.Id);

        var (refusal, change, again) = await App.WithDbAsync(async db =>
        {
            var batch = await db.PaymentBatches.SingleAsync(b => b.Id == opened.Id);
            var refused = Assert.Throws<DomainException>(() => Payment.Receive(
                jean.Id, PaymentMethod.Cash, 10m, MoneyTestData.ReceivedOn, 1, DateTimeOffset.UtcNow, batch: batch));
            var changed = await App.ActAsync(MoneyTestData.Operator, s => s.GetRequiredService<ChangeBatchExpectationsHandler>()
                .HandleAsync(new ChangeBatchExpectationsCommand(batch.Id, batch.Version, 2, 30m)));
            return (refused.Message, changed, await App.TryValidateAsync(opened.Id));
        });

        var closed = $"Le lot n° {opened.Number} est validé : on n'y ajoute plus rien.";
        Assert.Equal(closed, refusal);
        Assert.Equal([closed], change.Errors);
        Assert.Equal([closed], again.Errors);
    }

    [Fact]
    public async Task A_stale_screen_cannot_change_the_expectations_or_validate()
    {
        var batch = await App.OpenBatchAsync(2, 40m);
        var seen = (await App.BatchAsync(batch.Id)).Batch;

        var first = await ChangeAsync(seen, 3, 60m);
        var stale = await ChangeAsync(seen, 4, 80m);
        var staleValidation = await App.ActAsync(MoneyTestData.Supervisor, s => s.GetRequiredService<ValidateBatchHandler>()
            .HandleAsync(new ValidateBatchCommand(batch.Id, seen.Version)));

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        var message = string.Format(Messages.Batch_ChangedMeanwhile, batch.Number);
        Assert.Equal([message], stale.Errors);
        Assert.Equal([message], staleValidation.Errors);
        var now = (await App.BatchAsync(batch.Id)).Batch;
        Assert.Equal((3, 60m, PaymentBatchStatus.Open), (now.ExpectedCount, now.ExpectedTotal, now.Status));
    }

    [Fact]
    public async Task Opening_a_batch_needs_a_label_and_positive_expectations()
    {
        var result = await App.ActAsync(MoneyTestData.Operator, s => s.GetRequiredService<OpenBatchHandler>()
            .HandleAsync(new OpenBatchCommand(" ", 0, 12.345m)));

        Assert.Equal([Messages.Batch_LabelRequired, Messages.Batch_ExpectedCountInvalid, Messages.Batch_ExpectedTotalInvalid], result.Errors);
        Assert.Equal(0, await App.QueryAsync(db => db.PaymentBatches.CountAsync()));
    }

    [Fact]
    public async Task The_list_shows_open_batches_first_with_what_was_entered_and_the_detail_names_each_contact()
    {
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame);
        var amis = await App.CreateOrganisationAsync("Les Amis du Rhône");
        var first = await App.OpenBatchAsync(1, 10m, "Courrier du 2 mars");
        await App.ReceiveCashAsync(first.Id, marie.Id, 10m);
        await App.ValidateAsync(first.Id);
        var second = await App.OpenBatchAsync(3, 300m, "Courrier du 3 mars");
        await App.ReceiveChequeAsync(second.Id, amis.Id, 120m, "Société Générale", "4000001", drawer: "M. Paul Martin");
        await App.ReceiveChequeAsync(second.Id, marie.Id, 80m, "CIC", "4000002");

        var all = await ListAsync(BatchFilter.All);
        var open = await ListAsync(BatchFilter.Open);
        var toDeposit = await ListAsync(BatchFilter.ToDeposit);

        Assert.Equal([second.Number, first.Number], all.Select(b => b.Number));
        var row = all[0];
        Assert.Equal(("Courrier du 3 mars", MoneyTestData.Operator.Name, 3, 300m, 2, 200m, 1, 100m),
            (row.Label, row.OpenedBy, row.ExpectedCount, row.ExpectedTotal, row.EnteredCount, row.EnteredTotal, row.MissingCount, row.MissingTotal));
        Assert.Equal([second.Number], open.Select(b => b.Number));
        Assert.Equal([first.Number], toDeposit.Select(b => b.Number));
        var detail = await App.BatchAsync(second.Id);
        Assert.Equal(
            [("Les Amis du Rhône", amis.MemberNumber, "4000001", (string?)"M. Paul Martin"), ("Mme Marie LEFÈVRE", marie.MemberNumber, "4000002", null)],
            detail.Payments.Select(p => (p.ContactName, p.MemberNumber, p.ChequeNumber!, p.Drawer)));
    }

    private Task<CommandResult> ChangeAsync(BatchRow seen, int count, decimal total) =>
        App.ActAsync(MoneyTestData.Operator, s => s.GetRequiredService<ChangeBatchExpectationsHandler>()
            .HandleAsync(new ChangeBatchExpectationsCommand(seen.Id, seen.Version, count, total)));

    private async Task<IReadOnlyList<BatchRow>> ListAsync(BatchFilter filter) =>
        (await App.ActAsync(MoneyTestData.Operator, s => s.GetRequiredService<ListBatchesHandler>()
            .HandleAsync(new ListBatchesQuery(filter, new PageRequest(0, 50))))).Items;

    private Task<DonorSummary?> SummaryAsync(long contactId) =>
        App.QueryAsync(db => db.DonorSummaries.AsNoTracking().SingleOrDefaultAsync(s => s.ContactId == contactId));
}
