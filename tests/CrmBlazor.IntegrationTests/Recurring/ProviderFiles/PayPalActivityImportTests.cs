using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.IntegrationTests.Recurring.ProviderFiles;

/// <summary>
/// The seed's Jean Martin: 30 € quarterly by PayPal, first paid 10 January, due 10 April; the April payment is refused,
/// so the gift is suspended until a supervisor decides — unless PayPal's retry collects it first.
/// </summary>
public sealed class PayPalActivityImportTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string Header =
        "\"Date\",\"Heure\",\"Fuseau horaire\",\"Nom\",\"Type\",\"État\",\"Devise\",\"Avant commission\",\"Commission\",\"Net\",\"De l'adresse email\","
        + "\"À l'adresse email\",\"Numéro de transaction\",\"Titre de l'objet\",\"Numéro de la transaction de référence\",\"Numéro de facture\",\"Impact sur le solde\"";

    private const string JanuaryPayment =
        "\"10/01/2026\",\"09:14:55\",\"Europe/Paris\",\"Jean Martin\",\"Paiement d'abonnement\",\"Terminé\",\"EUR\",\"30,00\",\"-1,22\",\"28,78\","
        + "\"jean.martin@example.fr\",\"dons@oiseaux.fr\",\"5XY98765ZT4321098\",\"Don trimestriel\",\"I-JEANMARTIN01\",\"\",\"Crédit\"";

    private const string AprilRefusal =
        "\"10/04/2026\",\"09:15:03\",\"Europe/Paris\",\"Jean Martin\",\"Paiement d'abonnement\",\"Refusé\",\"EUR\",\"30,00\",\"0,00\",\"30,00\","
        + "\"jean.martin@example.fr\",\"dons@oiseaux.fr\",\"8AB12345CD6789012\",\"Don trimestriel\",\"I-JEANMARTIN01\",\"\",\"Crédit\"";

    private const string Withdrawal =
        "\"11/04/2026\",\"06:02:11\",\"Europe/Paris\",\"\",\"Virement standard\",\"Terminé\",\"EUR\",\"-500,00\",\"0,00\",\"-500,00\",\"\",\"\","
        + "\"9WD00000AA0000000\",\"\",\"\",\"\",\"Débit\"";

    private const string AprilRetry =
        "\"15/04/2026\",\"09:15:03\",\"Europe/Paris\",\"Jean Martin\",\"Paiement d'abonnement\",\"Terminé\",\"EUR\",\"30,00\",\"-1,22\",\"28,78\","
        + "\"jean.martin@example.fr\",\"dons@oiseaux.fr\",\"3RT55555CD6789012\",\"Don trimestriel\",\"I-JEANMARTIN01\",\"\",\"Crédit\"";

    private static readonly DateOnly January10 = new(2026, 1, 10);
    private static readonly DateOnly April10 = new(2026, 4, 10);

    [Fact]
    public async Task Jean_Martins_refused_April_payment_makes_the_instalment_unpaid_and_suspends_the_gift_and_his_summary_keeps_January_only()
    {
        var (jean, gift) = await JeanMartinAsync();
        Assert.Equal((1, 30m), await App.SummaryAsync(jean.Id));

        var report = await App.ImportedAsync(ProviderFileKind.PayPalActivity, "Download.CSV", Lines(Header, Withdrawal, AprilRefusal, JanuaryPayment));

        Assert.Equal((3, 1, 1, 0), (report.Lines, report.Applied, report.Unchanged, report.Rejected));
        var april = await App.InstalmentAsync(gift.On(April10));
        Assert.Equal((InstalmentStatus.Unpaid, "Paiement refusé par PayPal", true), (april.Status, april.FailureReason, april.AwaitsDecision));
        Assert.Equal(DonationStatus.Unpaid, (await App.DonationAsync(gift.On(April10))).Status);
        var suspended = await App.GiftAsync(gift.Id);
        Assert.Equal((RecurringGiftStatus.Suspended, "Impayé : Paiement refusé par PayPal"), (suspended.Status, suspended.StatusReason));
        Assert.Equal(InstalmentStatus.Collected, (await App.InstalmentAsync(gift.On(January10))).Status);
        Assert.Equal((1, 30m), await App.SummaryAsync(jean.Id));
    }

    [Fact]
    public async Task PayPals_successful_retry_collects_the_refused_instalment_and_the_gift_resumes()
    {
        var (jean, gift) = await JeanMartinAsync();
        await App.ImportedAsync(ProviderFileKind.PayPalActivity, "avril-1.csv", Lines(Header, AprilRefusal));

        var report = await App.ImportedAsync(ProviderFileKind.PayPalActivity, "avril-2.csv", Lines(Header, AprilRetry, AprilRefusal));

        Assert.Equal((2, 1, 1, 0), (report.Lines, report.Applied, report.Unchanged, report.Rejected));
        var april = await App.InstalmentAsync(gift.On(April10));
        Assert.Equal(
            (InstalmentStatus.Collected, (DateOnly?)new DateOnly(2026, 4, 15), "3RT55555CD6789012", "Paiement refusé par PayPal", false),
            (april.Status, april.CollectedOn, april.ProviderTransactionId, april.FailureReason, april.AwaitsDecision));
        Assert.Equal(DonationStatus.Collected, (await App.DonationAsync(gift.On(April10))).Status);
        var resumed = await App.GiftAsync(gift.Id);
        // Resuming skips the due dates that passed while suspended (none if the retry is imported before 10 July).
        var today = ParisTime.Today(TimeProvider.System);
        Assert.Equal(
            (RecurringGiftStatus.Active, (string?)null, DueDates.FirstOnOrAfter(new DateOnly(2026, 7, 10), Periodicity.Quarterly, 10, today)),
            (resumed.Status, resumed.StatusReason, resumed.NextDueOn));
        Assert.Equal((2, 60m), await App.SummaryAsync(jean.Id));
        var outcomes = await App.QueryAsync(db => db.ProviderTransactions.AsNoTracking().OrderBy(p => p.Id).Select(p => p.Outcome).ToListAsync());
        Assert.Equal([TransactionOutcome.Unpaid, TransactionOutcome.Collected], outcomes);
    }

    [Fact]
    public async Task A_retry_after_a_supervisor_decided_to_keep_the_gift_suspended_collects_the_money_but_leaves_the_gift_suspended()
    {
        var (_, gift) = await JeanMartinAsync();
        await App.ImportedAsync(ProviderFileKind.PayPalActivity, "avril-1.csv", Lines(Header, AprilRefusal));
        await App.WithDbAsync(async db =>
        {
            var instalment = await db.Instalments.SingleAsync(i => i.DonationId == gift.On(April10));
            instalment.Resolve(UnpaidResolution.Suspended, new DateOnly(2026, 4, 12));
            return await db.SaveChangesAsync();
        });

        await App.ImportedAsync(ProviderFileKind.PayPalActivity, "avril-2.csv", Lines(Header, AprilRetry));

        Assert.Equal(InstalmentStatus.Collected, (await App.InstalmentAsync(gift.On(April10))).Status);
        Assert.Equal(RecurringGiftStatus.Suspended, (await App.GiftAsync(gift.Id)).Status);
    }

    [Fact]
    public async Task PayPal_rewriting_a_completed_payment_as_reversed_makes_the_collected_instalment_unpaid()
    {
        var (jean, gift) = await JeanMartinAsync();
        await App.ImportedAsync(ProviderFileKind.PayPalActivity, "avril-1.csv", Lines(Header, AprilRetry));
        Assert.Equal((2, 60m), await App.SummaryAsync(jean.Id));

        var report = await App.ImportedAsync(ProviderFileKind.PayPalActivity, "avril-2.csv", Lines(Header, AprilRetry.Replace("\"Terminé\"", "\"Contre-passé\"")));

        Assert.Equal((1, 1, 0, 0), (report.Lines, report.Applied, report.Unchanged, report.Rejected));
        var april = await App.InstalmentAsync(gift.On(April10));
        Assert.Equal((InstalmentStatus.Unpaid, "Paiement PayPal annulé après encaissement (opposition ou litige)"), (april.Status, april.FailureReason));
        Assert.Equal((1, 30m), await App.SummaryAsync(jean.Id));
    }

    private async Task<(TestContact Jean, TestRecurringGift Gift)> JeanMartinAsync()
    {
        var jean = await App.CreatePersonAsync("Martin", "Jean");
        var gift = await App.RecurringGiftAsync(
            jean.Id, RecurringChannel.PayPal, 30m, Periodicity.Quarterly, January10, "I-JEANMARTIN01", "5XY98765ZT4321098", April10);
        return (jean, gift);
    }

    private static string Lines(params string[] lines) => string.Join("\r\n", lines) + "\r\n";
}
