using CrmBlazor.Application.Common;
using CrmBlazor.Application.Recurring;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>SEPA mandates: signed with a generated or typed RUM, debits taken under them, revoked with their gifts.</summary>
public sealed class MandateTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string ValidIban = "FR76 3000 6000 0112 3456 7890 189";

    [Fact]
    public async Task A_mandate_without_RUM_gets_one_made_from_the_member_number_and_the_donors_name_without_accents()
    {
        var helene = await App.DonorAsync("Lefèvre", "Hélène");

        var first = await SignAsync(new SignMandateCommand(helene.Id, null, Today, ValidIban, " bnpafrpp ", null));
        var second = await SignAsync(new SignMandateCommand(helene.Id, "", Today.AddDays(-3), ValidIban, null, "Jean Lefevre"));

        Assert.True(first.Succeeded && second.Succeeded, string.Join(" ", first.Errors.Concat(second.Errors)));
        var mandates = await App.QueryAsync(db => db.SepaMandates.AsNoTracking().OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(
            [
                ($"CRMB{helene.MemberNumber}-1", "FR7630006000011234567890189", "BNPAFRPP", "Helene LEFEVRE", MandateStatus.Active),
                ($"CRMB{helene.MemberNumber}-2", "FR7630006000011234567890189", null, "Jean Lefevre", MandateStatus.Active),
            ],
            mandates.Select(m => (m.Rum, m.Iban, m.Bic, m.DebtorName, m.Status)));
    }

    [Fact]
    public async Task A_wrong_IBAN_is_explained_and_a_RUM_already_used_is_refused_with_nothing_written()
    {
        var helene = await App.DonorAsync("Lefèvre", "Hélène");
        const string wrongIban = "FR76 3000 6000 0112 3456 7890 188";

        var badIban = await SignAsync(new SignMandateCommand(helene.Id, null, Today, wrongIban, null, null));
        var typed = await SignAsync(new SignMandateCommand(helene.Id, "RUM-2026-001", Today, ValidIban, null, null));
        var duplicate = await SignAsync(new SignMandateCommand(helene.Id, "RUM-2026-001", Today, ValidIban, null, null));
        var future = await SignAsync(new SignMandateCommand(helene.Id, null, Today.AddDays(1), ValidIban, null, null));

        Assert.Equal([Iban.Explain(wrongIban)], badIban.Errors);
        Assert.True(typed.Succeeded, string.Join(" ", typed.Errors));
        Assert.Equal([string.Format(Messages.Mandate_RumTaken, "RUM-2026-001")], duplicate.Errors);
        Assert.Equal([Messages.Mandate_SignedInFuture], future.Errors);
        Assert.Equal(1, await App.QueryAsync(db => db.SepaMandates.CountAsync()));
    }

    [Fact]
    public async Task A_direct_debit_starts_on_its_collection_day_and_revoking_the_mandate_cancels_its_running_gifts()
    {
        var helene = await App.DonorAsync("Lefèvre", "Hélène");
        var mandate = await SignAsync(new SignMandateCommand(helene.Id, null, Today, ValidIban, null, null));
        var from = Today.AddDays(1);

        var monthly = await StartAsync(new StartDirectDebitCommand(mandate.Value, 12.50m, Periodicity.Monthly, 5, from));
        var yearly = await StartAsync(new StartDirectDebitCommand(mandate.Value, 100m, Periodicity.Yearly, 31, from));
        Assert.True(monthly.Succeeded && yearly.Succeeded, string.Join(" ", monthly.Errors.Concat(yearly.Errors)));
        var suspendedVersion = (await App.GiftAsync(yearly.Value)).Version;
        await App.RunAsync<CommandResult, SuspendRecurringGiftHandler>(h => h.HandleAsync(
            new SuspendRecurringGiftCommand(yearly.Value, suspendedVersion, "Chômage")));
        var startsOn = (await App.GiftAsync(monthly.Value)).StartsOn;
        Assert.Equal(5, startsOn.Day);
        Assert.InRange(startsOn, from, from.AddMonths(1));

        var version = await App.QueryAsync(db => db.SepaMandates.Where(m => m.Id == mandate.Value).Select(m => m.Version).SingleAsync());
        var noReason = await App.RunAsync<CommandResult, RevokeMandateHandler>(h => h.HandleAsync(new RevokeMandateCommand(mandate.Value, version, "")));
        var revoked = await App.RunAsync<CommandResult, RevokeMandateHandler>(h => h.HandleAsync(
            new RevokeMandateCommand(mandate.Value, version, "Compte clôturé")));

        Assert.Equal([Messages.Money_ReasonRequired], noReason.Errors);
        Assert.True(revoked.Succeeded, string.Join(" ", revoked.Errors));
        var saved = await App.QueryAsync(db => db.SepaMandates.AsNoTracking().SingleAsync(m => m.Id == mandate.Value));
        Assert.Equal((MandateStatus.Revoked, "Compte clôturé"), (saved.Status, saved.StatusReason));
        var gifts = await App.QueryAsync(db => db.RecurringGifts.AsNoTracking().OrderBy(g => g.Amount).Select(g => new { g.Status, g.StatusReason }).ToListAsync());
        Assert.Equal(
            [(RecurringGiftStatus.Cancelled, "Mandat révoqué : Compte clôturé"), (RecurringGiftStatus.Cancelled, "Mandat révoqué : Compte clôturé")],
            gifts.Select(g => (g.Status, g.StatusReason)));

        var afterRevocation = await StartAsync(new StartDirectDebitCommand(mandate.Value, 10m, Periodicity.Monthly, 5, from));
        Assert.Equal(["Ce mandat n'est plus actif : faites signer un nouveau mandat."], afterRevocation.Errors);
    }

    [Fact]
    public async Task The_direct_debits_tab_shows_the_formatted_IBAN_the_lapse_date_and_the_gifts_under_each_mandate()
    {
        var helene = await App.DonorAsync("Lefèvre", "Hélène");
        var signedOn = Today.AddDays(-10);
        var mandate = await SignAsync(new SignMandateCommand(helene.Id, "RUM-TAB", signedOn, ValidIban, null, null));
        var gift = await StartAsync(new StartDirectDebitCommand(mandate.Value, 20m, Periodicity.Monthly, 10, Today));
        Assert.True(gift.Succeeded, string.Join(" ", gift.Errors));

        var page = await App.RunAsync<PagedResult<MandateRow>, ContactDirectDebitsTabHandler>(h => h.HandleAsync(helene.Id, new PageRequest(0, 25)));
        var counts = await App.RunAsync<Application.Contacts.ContactTabCounts, Application.Contacts.ContactTabCountsHandler>(h => h.HandleAsync(helene.Id));

        var row = Assert.Single(page.Items);
        Assert.Equal(("RUM-TAB", "FR76 3000 6000 0112 3456 7890 189", (DateOnly?)signedOn.AddMonths(36).AddDays(1), MandateStatus.Active),
            (row.Rum, row.Iban, row.LapsesOn, row.Status));
        Assert.Equal([20m], row.Gifts.Select(g => g.Amount));
        Assert.Equal((1, 0), (counts.Mandates, counts.RecurringGifts));
    }

    private Task<CommandResult<long>> SignAsync(SignMandateCommand command) =>
        App.RunAsync<CommandResult<long>, SignMandateHandler>(h => h.HandleAsync(command));

    private Task<CommandResult<long>> StartAsync(StartDirectDebitCommand command) =>
        App.RunAsync<CommandResult<long>, StartDirectDebitHandler>(h => h.HandleAsync(command));
}
