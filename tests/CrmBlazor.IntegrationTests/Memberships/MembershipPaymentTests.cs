using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Memberships;

/// <summary>A membership is paid by a payment line: it activates, issues a card, and cancelling the payment undoes it.</summary>
public sealed class MembershipPaymentTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Paying_a_pending_membership_activates_it_from_the_payment_date_and_queues_its_card()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean", email: "jean.dupont@example.org");
        var type = await App.MembershipTypeAsync(fee: 30m, kind: MembershipKind.Rolling);
        var membershipId = await App.PendingMembershipAsync(jean.Id, type);
        Assert.Equal(MembershipStatus.Pending, await StatusAsync(membershipId));

        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Transfer, 50m, Today)
        {
            Donations = [20m],
            MembershipFees = [new(membershipId, 30m)],
        });

        var membership = await App.QueryAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.Id == membershipId));
        Assert.Equal((MembershipStatus.New, Today, Today, MembershipTerms.YearFrom(Today)),
            (membership.Status, membership.JoinedOn!.Value, membership.StartsOn!.Value, membership.EndsOn!.Value));
        var fee = await App.QueryAsync(db => db.MembershipFees.AsNoTracking().SingleAsync(f => f.MembershipId == membershipId));
        Assert.Equal((paymentId, 30m, MembershipFeeStatus.Active), (fee.PaymentId, fee.Amount, fee.Status));
        var card = await App.QueryAsync(db => db.MembershipCards.AsNoTracking().SingleAsync(c => c.FeeId == fee.Id));
        Assert.Equal(MembershipCardStatus.Emailed, card.Status);
        var document = await App.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == card.DocumentId));
        Assert.Equal((DocumentKind.MembershipCard, (long?)jean.Id, "application/pdf"), (document.Kind, document.ContactId, document.ContentType));
        var outbox = await App.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == card.OutboxMessageId));
        Assert.Equal(("jean.dupont@example.org", (long?)document.Id), (outbox.ToAddress, outbox.AttachmentDocumentId));
        var paymentRow = (await App.RunAsync<Application.Common.PagedResult<PaymentRow>, ContactPaymentsTabHandler>(h =>
            h.HandleAsync(jean.Id, new Application.Common.PageRequest(0, 10)))).Items.Single();
        Assert.Equal([new(PaymentLineKind.Donation, 20m), new(PaymentLineKind.MembershipFee, 30m)], paymentRow.PaidFor);
        var journal = await App.JournalAsync();
        Assert.Contains(journal, e => e.EntityType == "memberships" && e.EntityKey == membershipId.ToString() && e.ContactId == jean.Id && e.ActorName == Operator.Name);
    }

    [Fact]
    public async Task Without_an_email_the_card_waits_for_the_print_batch()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var type = await App.MembershipTypeAsync();
        var membershipId = await App.PendingMembershipAsync(jean.Id, type);

        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 30m, Today) { MembershipFees = [new(membershipId, 30m)] });

        var card = await App.QueryAsync(db => db.MembershipCards.AsNoTracking().SingleAsync(c => c.MembershipId == membershipId));
        Assert.Equal((MembershipCardStatus.AwaitingPrint, (long?)null), (card.Status, card.OutboxMessageId));
    }

    [Fact]
    public async Task The_print_batch_puts_every_waiting_card_in_one_PDF_and_marks_them_printed()
    {
        var type = await App.MembershipTypeAsync();
        var members = new List<long>();
        foreach (var name in new[] { "Dupont", "Martin", "Bernard" })
        {
            var contact = await App.CreatePersonAsync(name, "Alex");
            var membershipId = await App.PendingMembershipAsync(contact.Id, type);
            await App.EnteredAsync(new EnterPaymentCommand(contact.Id, PaymentMethod.Card, 30m, Today) { MembershipFees = [new(membershipId, 30m)] });
            members.Add(membershipId);
        }

        var printed = await App.RunAsync<Application.Common.CommandResult<long?>, Application.Memberships.PrintMembershipCardsHandler>(h => h.HandleAsync());
        var again = await App.RunAsync<Application.Common.CommandResult<long?>, Application.Memberships.PrintMembershipCardsHandler>(h => h.HandleAsync());

        Assert.True(printed.Succeeded, string.Join(" ", printed.Errors));
        Assert.Null(again.Value);
        var cards = await App.QueryAsync(db => db.MembershipCards.AsNoTracking().Where(c => members.Contains(c.MembershipId)).ToListAsync());
        Assert.Equal(3, cards.Count);
        Assert.All(cards, c => Assert.Equal(printed.Value, c.PrintBatchDocumentId));
        var batch = await App.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == printed.Value));
        Assert.Equal((DocumentKind.MembershipCardPrintBatch, (long?)null), (batch.Kind, batch.ContactId));
        var bytes = await App.Services.GetRequiredService<Infrastructure.Documents.IDocumentStore>().GetAsync(batch.StorageKey!, CancellationToken.None);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes!);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        Assert.All(["DUPONT", "MARTIN", "BERNARD"], name => Assert.Contains(name, text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cancelling_the_payment_makes_the_membership_pending_again_and_withdraws_its_unprinted_card()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var type = await App.MembershipTypeAsync();
        var membershipId = await App.PendingMembershipAsync(jean.Id, type);
        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 30m, Today) { MembershipFees = [new(membershipId, 30m)] });
        var version = await App.QueryAsync(db => db.Payments.Where(p => p.Id == paymentId).Select(p => p.Version).SingleAsync());

        var result = await App.ActAsync(Operator, s => s.GetRequiredService<CancelPaymentHandler>().HandleAsync(new CancelPaymentCommand(paymentId, version, "Carte refusée")));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var membership = await App.QueryAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.Id == membershipId));
        Assert.Equal((MembershipStatus.Pending, (DateOnly?)null, (DateOnly?)null), (membership.Status, membership.StartsOn, membership.EndsOn));
        var fee = await App.QueryAsync(db => db.MembershipFees.AsNoTracking().SingleAsync(f => f.MembershipId == membershipId));
        Assert.Equal((MembershipFeeStatus.Cancelled, "Carte refusée"), (fee.Status, fee.CancelReason));
        Assert.Equal(MembershipCardStatus.Withdrawn, await App.QueryAsync(db => db.MembershipCards.Where(c => c.FeeId == fee.Id).Select(c => c.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_renewal_paid_while_current_extends_from_the_end_date()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var type = await App.MembershipTypeAsync(kind: MembershipKind.CalendarYear);
        var membershipId = await App.PendingMembershipAsync(jean.Id, type);
        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 30m, Today) { MembershipFees = [new(membershipId, 30m)] });

        await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 35m, Today) { MembershipFees = [new(membershipId, 35m)] });

        var membership = await App.QueryAsync(db => db.Memberships.AsNoTracking().SingleAsync(m => m.Id == membershipId));
        Assert.Equal((Today, new DateOnly(Today.Year + 1, 12, 31)), (membership.StartsOn!.Value, membership.EndsOn!.Value));
        Assert.Equal(2, await App.QueryAsync(db => db.MembershipFees.CountAsync(f => f.MembershipId == membershipId)));
    }

    [Fact]
    public async Task The_database_refuses_a_membership_fee_that_unbalances_its_payment()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var type = await App.MembershipTypeAsync();
        var membershipId = await App.PendingMembershipAsync(jean.Id, type);
        var paymentId = await App.EnteredAsync(new EnterPaymentCommand(jean.Id, PaymentMethod.Card, 30m, Today) { MembershipFees = [new(membershipId, 30m)] });

        await using var connection = await App.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand("UPDATE membership_fees SET amount = 20 WHERE payment_id = @p", connection);
        command.Parameters.AddWithValue("p", paymentId);
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(Npgsql.PostgresErrorCodes.RestrictViolation, error.SqlState);
    }

    private Task<MembershipStatus> StatusAsync(long id) =>
        App.QueryAsync(db => db.Memberships.Where(m => m.Id == id).Select(m => m.Status).SingleAsync());
}
