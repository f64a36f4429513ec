using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Recurring.ProviderFiles.ProviderFileTestData;

namespace CrmBlazor.IntegrationTests.Recurring.ProviderFiles;

/// <summary>A PayZen journal collects the captured instalments and makes the refused ones unpaid, once.</summary>
public sealed class PayZenJournalImportTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly DateOnly March15 = new(2026, 3, 15);
    private static readonly DateOnly April15 = new(2026, 4, 15);

    [Fact]
    public async Task The_journal_collects_the_captured_instalment_and_makes_the_refused_one_unpaid_suspending_its_gift()
    {
        var (marie, paul, marieGift, paulGift) = await TwoCardDonorsAsync();

        var report = await App.ImportedAsync(ProviderFileKind.PayZenJournal, "JT_20260416.csv", PayZenJournal(
            Detail("a1b2c3d4e5f60718293a4b5c6d7e8f90", "SUB-MARIE", 10m, April15, "CAPTURED", order: marieGift.On(April15).ToString()),
            Detail("b1b2c3d4e5f60718293a4b5c6d7e8f91", "SUB-PAUL", 30m, April15, "REFUSED", code: "51"),
            Detail("c1b2c3d4e5f60718293a4b5c6d7e8f92", "SUB-PAUL", 30m, April15, "AUTHORISED")));

        Assert.Equal((3, 2, 0, 0), (report.Lines, report.Applied, report.Unchanged, report.Rejected));
        var collected = await App.InstalmentAsync(marieGift.On(April15));
        Assert.Equal((InstalmentStatus.Collected, (DateOnly?)April15, "a1b2c3d4e5f60718293a4b5c6d7e8f90"),
            (collected.Status, collected.CollectedOn, collected.ProviderTransactionId));
        Assert.Equal(DonationStatus.Collected, (await App.DonationAsync(marieGift.On(April15))).Status);
        Assert.Equal((2, 20m), await App.SummaryAsync(marie.Id));

        var refused = await App.InstalmentAsync(paulGift.On(April15));
        const string reason = "Paiement refusé par la banque (code 51 : provision insuffisante)";
        Assert.Equal((InstalmentStatus.Unpaid, "51", reason, (DateOnly?)April15, true),
            (refused.Status, refused.FailureCode, refused.FailureReason, refused.FailedOn, refused.AwaitsDecision));
        var unpaid = await App.DonationAsync(paulGift.On(April15));
        Assert.Equal((DonationStatus.Unpaid, reason), (unpaid.Status, unpaid.StatusReason));
        var gift = await App.GiftAsync(paulGift.Id);
        Assert.Equal((RecurringGiftStatus.Suspended, "Impayé : " + reason), (gift.Status, gift.StatusReason));
        Assert.Equal((1, 30m), await App.SummaryAsync(paul.Id));

        var lines = await App.QueryAsync(db => db.ProviderTransactions.AsNoTracking().OrderBy(p => p.InstalmentId == paulGift.On(April15)).ToListAsync());
        Assert.Equal(
            [
                (marieGift.On(April15), TransactionOutcome.Collected, (string?)null, report.ImportId),
                (paulGift.On(April15), TransactionOutcome.Unpaid, "51", report.ImportId),
            ],
            lines.Select(l => (l.InstalmentId, l.Outcome, l.ReasonCode, l.ImportId)));
        var journaled = (await App.JournalAsync()).Where(e => e.ActorName == Supervisor.Name).Select(e => e.EntityType).ToHashSet();
        Assert.Superset(new HashSet<string> { "instalments", "donations", "recurring_gifts", "provider_transactions", "provider_imports" }, journaled);
    }

    [Fact]
    public async Task The_same_file_twice_is_refused_and_changes_nothing()
    {
        var (_, _, marieGift, _) = await TwoCardDonorsAsync();
        var journal = PayZenJournal(Detail("a1b2c3d4e5f60718293a4b5c6d7e8f90", "SUB-MARIE", 10m, April15, "CAPTURED"));
        await App.ImportedAsync(ProviderFileKind.PayZenJournal, "JT_20260416.csv", journal);
        var before = await App.InstalmentAsync(marieGift.On(April15));
        var journalRows = (await App.JournalAsync()).Count;

        var again = await App.ImportAsync(ProviderFileKind.PayZenJournal, "copie.csv", journal);

        var first = await App.QueryAsync(db => db.ProviderImports.AsNoTracking().SingleAsync());
        var at = Domain.Common.ParisTime.ToParis(first.ImportedAt);
        Assert.Equal([$"Ce fichier a déjà été importé le {at:dd/MM/yyyy} à {at:HH:mm} par Sami Superviseur."], again.Errors);
        Assert.Equal(1, await App.QueryAsync(db => db.ProviderTransactions.CountAsync()));
        Assert.Equal(journalRows, (await App.JournalAsync()).Count);
        Assert.Equal(before.Version, (await App.InstalmentAsync(marieGift.On(April15))).Version);
    }

    [Fact]
    public async Task A_new_file_repeating_an_applied_line_leaves_it_unchanged_and_reports_unknown_and_malformed_lines()
    {
        var (marie, _, _, _) = await TwoCardDonorsAsync();
        await App.ImportedAsync(ProviderFileKind.PayZenJournal, "JT_20260416.csv",
            PayZenJournal(Detail("a1b2c3d4e5f60718293a4b5c6d7e8f90", "SUB-MARIE", 10m, April15, "CAPTURED")));

        var report = await App.ImportedAsync(ProviderFileKind.PayZenJournal, "JT_20260417.csv", PayZenJournal(
            Detail("a1b2c3d4e5f60718293a4b5c6d7e8f90", "SUB-MARIE", 10m, April15, "CAPTURED"),
            Detail("d1b2c3d4e5f60718293a4b5c6d7e8f93", "SUB-INCONNU", 30m, new DateOnly(2026, 4, 12), "CAPTURED"),
            "DETAILS;e1b2c3d4e5f60718293a4b5c6d7e8f94;e1b2c3;;SUB-MARIE;DEBIT;10,00;978;20260416;CAPTURED;;",
            Detail("f1b2c3d4e5f60718293a4b5c6d7e8f95", "SUB-MARIE", 12.5m, April15, "CAPTURED")));

        Assert.Equal((4, 0, 1, 3), (report.Lines, report.Applied, report.Unchanged, report.Rejected));
        Assert.Equal(
            [
                (4, "Aucune échéance ne correspond : abonnement SUB-INCONNU, 12/04/2026, 30,00 €"),
                (5, "Montant illisible : « 10,00 »."),
                (6, "Montant différent : 12,50 € dans le fichier, 10,00 € attendus pour l'échéance du 15/04/2026."),
            ],
            report.Problems.Select(p => (p.Line, p.Reason)));
        Assert.StartsWith("DETAILS;e1b2c3d4e5f60718293a4b5c6d7e8f94;", report.Problems[1].Content);
        var stored = await App.QueryAsync(db => db.ProviderImports.AsNoTracking().SingleAsync(i => i.Id == report.ImportId));
        Assert.Equal(report.Problems, stored.Problems);
        Assert.Equal(1, await App.QueryAsync(db => db.ProviderTransactions.CountAsync()));
        Assert.Equal((2, 20m), await App.SummaryAsync(marie.Id));
    }

    [Fact]
    public async Task A_refund_of_a_collected_instalment_makes_it_unpaid_and_the_donor_summary_forgets_it()
    {
        var (marie, _, marieGift, _) = await TwoCardDonorsAsync();
        await App.ImportedAsync(ProviderFileKind.PayZenJournal, "JT_20260416.csv",
            PayZenJournal(Detail("a1b2c3d4e5f60718293a4b5c6d7e8f90", "SUB-MARIE", 10m, April15, "CAPTURED")));
        Assert.Equal((2, 20m), await App.SummaryAsync(marie.Id));

        await App.ImportedAsync(ProviderFileKind.PayZenJournal, "JT_20260421.csv",
            PayZenJournal(Detail("0e1b2c3d4e5f60718293a4b5c6d7e8f9", "SUB-MARIE", 10m, new DateOnly(2026, 4, 20), "CAPTURED", type: "CREDIT",
                order: marieGift.On(April15).ToString())));

        var refunded = await App.InstalmentAsync(marieGift.On(April15));
        Assert.Equal((InstalmentStatus.Unpaid, "Remboursé au donateur"), (refunded.Status, refunded.FailureReason));
        Assert.Equal((1, 10m), await App.SummaryAsync(marie.Id));
        Assert.Equal(RecurringGiftStatus.Suspended, (await App.GiftAsync(marieGift.Id)).Status);
    }

    [Fact]
    public async Task A_file_of_another_format_is_refused_without_being_recorded()
    {
        var result = await App.ImportAsync(ProviderFileKind.PayZenJournal, "activite.csv", "Date,Time,Name,Status,Gross\r\n04/10/2026,09:00,Jean,Completed,30.00\r\n");

        Assert.Equal(["Ce fichier ne ressemble pas à un journal des transactions PayZen : enregistrement ENTETE introuvable."], result.Errors);
        Assert.Equal(0, await App.QueryAsync(db => db.ProviderImports.CountAsync()));
    }

    /// <summary>Marie Dupont (10 € monthly by card, first collected 15 March) and Paul Durand (30 € monthly), both due 15 April.</summary>
    private async Task<(TestContact Marie, TestContact Paul, TestRecurringGift MarieGift, TestRecurringGift PaulGift)> TwoCardDonorsAsync()
    {
        var marie = await App.CreatePersonAsync("Dupont", "Marie");
        var paul = await App.CreatePersonAsync("Durand", "Paul");
        var marieGift = await App.RecurringGiftAsync(marie.Id, RecurringChannel.Card, 10m, Periodicity.Monthly, March15, "SUB-MARIE", "MARIE-FIRST", April15);
        var paulGift = await App.RecurringGiftAsync(paul.Id, RecurringChannel.Card, 30m, Periodicity.Monthly, March15, "SUB-PAUL", "PAUL-FIRST", April15);
        return (marie, paul, marieGift, paulGift);
    }
}
