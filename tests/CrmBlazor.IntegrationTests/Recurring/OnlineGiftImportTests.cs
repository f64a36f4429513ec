using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>The online-gifts import: finding or creating the donor, what each channel records, refused rows, idempotence.</summary>
public sealed class OnlineGiftImportTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task New_donors_are_created_with_a_card_gift_and_its_first_donation_a_PayPal_gift_and_a_SEPA_mandate()
    {
        var generic = await App.GenericCampaignAsync();
        var csv = OnlineGiftTestData.Csv(
            "PZ-1;15/03/2026;card;10,00;mensuel;;SUB-PZ-1;09/2028;;;;;Mme;Marie;Dupont;Marie.Dupont@Example.org;06 12 34 56 78;3 rue des Lilas;75011;Paris;FR",
            "PP-1;2026-01-10;paypal;30.00;quarterly;;I-PP-1;;;;;;M.;Jean;Martin;jean.martin@example.org;;;;;",
            $"WEB-1;2026-03-16;sepa;25.00;monthly;;;;{OnlineGiftTestData.Iban};AGRIFRPP;;;M.;Paul;Durand;paul.durand@example.org;;1 quai du Port;13002;Marseille;");

        var summary = await App.ImportOnlineAsync(csv);

        Assert.Equal(OnlineImportStatus.Imported, summary.Status);
        Assert.Equal((3, 3, 0, 0, 3), (summary.Lines, summary.Applied, summary.Unchanged, summary.Rejected, summary.ContactsCreated));
        var marie = await ContactByEmailAsync("marie.dupont@example.org");
        Assert.Equal(("Dupont", "Marie", Civility.Madame, generic), (marie.LastName, marie.FirstName, marie.Civility, marie.OriginCampaignId));
        var address = await App.QueryAsync(db => db.ContactAddresses.AsNoTracking().SingleAsync(a => a.ContactId == marie.Id));
        Assert.Equal(("3 rue des Lilas", "75011", "Paris", true), (address.Street, address.PostalCode, address.City, address.IsMain));
        Assert.Equal(1, await App.QueryAsync(db => db.ContactPhones.CountAsync(p => p.ContactId == marie.Id)));

        var card = await GiftOfAsync(marie.Id);
        Assert.Equal(
            (RecurringChannel.Card, 10.00m, Periodicity.Monthly, generic, new DateOnly(2026, 3, 15), new DateOnly(2026, 4, 15), "SUB-PZ-1", new DateOnly(2028, 9, 30)),
            (card.Channel, card.Amount, card.Periodicity, card.CampaignId, card.StartsOn, card.NextDueOn, card.ProviderReference, card.CardExpiresOn));
        var donation = Assert.Single(await App.QueryAsync(db => db.Donations.AsNoTracking().Where(d => d.ContactId == marie.Id).ToListAsync()));
        Assert.Equal(
            (10.00m, new DateOnly(2026, 3, 15), DonationStatus.Collected, DonationOrigin.Recurring, PaymentMethod.Card, generic),
            (donation.Amount, donation.DonatedOn, donation.Status, donation.Origin, donation.Method, donation.CampaignId));
        var instalment = await App.QueryAsync(db => db.Instalments.AsNoTracking().SingleAsync(i => i.DonationId == donation.Id));
        Assert.Equal((card.Id, InstalmentStatus.Collected, new DateOnly(2026, 3, 15), "PZ-1"), (instalment.RecurringGiftId, instalment.Status, instalment.DueOn, instalment.ProviderTransactionId));
        var transaction = await App.QueryAsync(db => db.ProviderTransactions.AsNoTracking().SingleAsync(t => t.TransactionId == "PZ-1"));
        Assert.Equal((RecurringChannel.Card, TransactionOutcome.Collected, donation.Id, summary.ImportId!.Value), (transaction.Channel, transaction.Outcome, transaction.InstalmentId, transaction.ImportId));

        var jean = await ContactByEmailAsync("jean.martin@example.org");
        var paypal = await GiftOfAsync(jean.Id);
        Assert.Equal((RecurringChannel.PayPal, 30.00m, Periodicity.Quarterly, new DateOnly(2026, 4, 10)), (paypal.Channel, paypal.Amount, paypal.Periodicity, paypal.NextDueOn));

        // SEPA: the mandate and the gift only; the scheduling run presents the first debit on the next collection day (the 5th).
        var paul = await ContactByEmailAsync("paul.durand@example.org");
        var mandate = await App.QueryAsync(db => db.SepaMandates.AsNoTracking().SingleAsync(m => m.ContactId == paul.Id));
        Assert.Equal(
            (OnlineGiftImporter.GeneratedRum("WEB-1"), "FR7630006000011234567890189", "AGRIFRPP", "Paul Durand", new DateOnly(2026, 3, 16), MandateStatus.Active),
            (mandate.Rum, mandate.Iban, mandate.Bic, mandate.DebtorName, mandate.SignedOn, mandate.Status));
        Assert.True(mandate.Rum.Length <= 35);
        var debit = await GiftOfAsync(paul.Id);
        Assert.Equal((RecurringChannel.DirectDebit, mandate.Id, new DateOnly(2026, 4, 5), new DateOnly(2026, 4, 5), 5), (debit.Channel, debit.MandateId, debit.StartsOn, debit.NextDueOn, debit.AnchorDay));
        Assert.Equal(0, await App.QueryAsync(db => db.Donations.CountAsync(d => d.ContactId == paul.Id)));

        var import = await App.QueryAsync(db => db.ProviderImports.AsNoTracking().SingleAsync());
        Assert.Equal((ProviderFileKind.OnlineGifts, "dons.csv", 3, 3, 0, 0, OnlineGiftTestData.Importer.Name), (import.Kind, import.FileName, import.Lines, import.Applied, import.Unchanged, import.Rejected, import.ImportedBy));
        var journal = await App.JournalAsync();
        Assert.Contains(journal, e => e.EntityType == "recurring_gifts" && e.EntityKey == card.Id.ToString() && e.ActorName == OnlineGiftTestData.Importer.Name);
        Assert.Contains(journal, e => e.EntityType == "sepa_mandates" && e.ContactId == paul.Id);
        Assert.Contains(journal, e => e.EntityType == "contacts" && e.ContactId == marie.Id && e.Action == JournalAction.Created);
    }

    [Fact]
    public async Task A_donor_is_found_by_a_usable_email_first_then_by_name_and_postcode_ignoring_case_and_accents()
    {
        var byEmail = await App.CreatePersonAsync("Lefèvre", "Anne", postalCode: "44000", city: "Nantes", email: "anne.lefevre@example.org");
        var byName = await App.CreatePersonAsync("Dupré", "Hélène", postalCode: "31000", city: "Toulouse");
        var sameNameElsewhere = await App.CreatePersonAsync("Dupré", "Hélène", postalCode: "33000", city: "Bordeaux");
        var csv = OnlineGiftTestData.Csv(
            "PZ-10;2026-05-02;card;15.00;monthly;;;;;;;;;Anne;Autrenom;ANNE.LEFEVRE@example.org;;;99999;Ailleurs;",
            "PZ-11;2026-05-03;card;20.00;yearly;;;;;;;;;HELENE;DUPRE;;;;31000;Toulouse;");
        var before = await App.CountsAsync();

        var summary = await App.ImportOnlineAsync(csv);

        Assert.Equal((2, 0, 0), (summary.Applied, summary.Rejected, summary.ContactsCreated));
        Assert.Equal(before.Contacts, (await App.CountsAsync()).Contacts);
        Assert.Equal(20.00m, (await GiftOfAsync(byName.Id)).Amount);
        Assert.Equal(15.00m, (await GiftOfAsync(byEmail.Id)).Amount);
        Assert.Equal(0, await App.QueryAsync(db => db.RecurringGifts.CountAsync(g => g.ContactId == sameNameElsewhere.Id)));
    }

    [Fact]
    public async Task Invalid_rows_are_refused_with_their_French_reason_and_the_valid_ones_are_recorded()
    {
        await App.GenericCampaignAsync();
        var csv = OnlineGiftTestData.Csv(
            "OK-1;2026-02-01;paypal;12.50;annuel;;;;;;;;;Luc;Bon;luc.bon@example.org;;;;;",
            "BAD-1;2026-02-01;sepa;12.50;monthly;;;;FR76 3000 6000 0112 3456 7890 188;;;;;Eve;Iban;eve@example.org;;;;;",
            "BAD-2;2026-02-01;card;12,505;monthly;;;;;;;;;Léa;Montant;lea@example.org;;;;;",
            "BAD-3;2026-02-01;cheque;12.50;monthly;;;;;;;;;Max;Canal;max@example.org;;;;;",
            "BAD-4;2026-02-01;card;12.50;monthly;;;;;;;;M.;Sans;;;;;75001;Paris;",
            "BAD-5;31/02/2026;card;12.50;monthly;;;;;;;;;Zoé;Date;zoe@example.org;;;;;",
            "BAD-6;2026-02-01;card;12.50;monthly;INCONNUE;;;;;;;;Ana;Campagne;ana@example.org;;;;;");

        var summary = await App.ImportOnlineAsync(csv);

        Assert.Equal((7, 1, 0, 6), (summary.Lines, summary.Applied, summary.Unchanged, summary.Rejected));
        Assert.Equal(
            [
                (3, "IBAN refusé : La clé de contrôle de l'IBAN est fausse : vérifiez chaque caractère."),
                (4, "Montant invalide : « 12,505 » (positif, en euros et centimes, ex. 1234.50 ou 1234,50)."),
                (5, "Moyen de paiement inconnu : « cheque » (card, paypal ou sepa)."),
                (6, "Ni nom ni e-mail : impossible de retrouver ou de créer le donateur."),
                (7, "Date de collecte invalide : « 31/02/2026 » (attendu aaaa-mm-jj ou jj/mm/aaaa, jour existant)."),
                (8, "Le code campagne « INCONNUE » n'existe pas."),
            ],
            summary.Problems.Select(p => (p.Line, p.Reason)).ToList());
        Assert.Contains("BAD-1", summary.Problems[0].Content);
        Assert.Contains(";FR76…188;", summary.Problems[0].Content);
        Assert.DoesNotContain("0112 3456", summary.Problems[0].Content);
        Assert.Equal(1, await App.QueryAsync(db => db.RecurringGifts.CountAsync()));
        Assert.Equal(1, await App.QueryAsync(db => db.Contacts.CountAsync()));
        var import = await App.QueryAsync(db => db.ProviderImports.AsNoTracking().SingleAsync());
        Assert.Equal((1, 6), (import.Applied, import.Rejected));
        Assert.Equal(summary.Problems, import.Problems);
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing_and_a_known_transaction_in_another_file_is_unchanged()
    {
        await App.GenericCampaignAsync();
        var csv = OnlineGiftTestData.Csv(
            "PZ-20;2026-06-01;card;8.00;monthly;;SUB-20;;;;;;;Rémi;Roux;remi@example.org;;;;;",
            $"WEB-20;2026-06-01;sepa;9.00;monthly;;;;{OnlineGiftTestData.Iban};;RUM-WEB-20;;;Rita;Roux;rita@example.org;;;;;");
        var first = await App.ImportOnlineAsync(csv);
        Assert.Equal(2, first.Applied);
        var after = await App.CountsAsync();

        var again = await App.ImportOnlineAsync(csv, "dons-bis.csv");

        Assert.Equal(OnlineImportStatus.AlreadyImported, again.Status);
        Assert.StartsWith("Ce fichier a déjà été importé le ", again.Message);
        Assert.Equal(first.ImportId, again.ImportId);
        Assert.Equal(after, await App.CountsAsync());

        // The same rows in a new file (another line added): both known rows are counted unchanged, only the new one is recorded.
        var other = await App.ImportOnlineAsync(csv + "PZ-21;2026-06-02;card;7.00;monthly;;;;;;;;;Rémi;Roux;remi@example.org;;;;;\n", "dons-2.csv");

        Assert.Equal((OnlineImportStatus.Imported, 1, 2, 0), (other.Status, other.Applied, other.Unchanged, other.Rejected));
        var final = await App.CountsAsync();
        Assert.Equal((after.Contacts, after.Gifts + 1, after.Mandates, after.Donations + 1), (final.Contacts, final.Gifts, final.Mandates, final.Donations));
    }

    private Task<Contact> ContactByEmailAsync(string email) =>
        App.QueryAsync(db => db.ContactEmails.AsNoTracking().Where(e => e.Address == email)
            .Join(db.Contacts, e => e.ContactId, c => c.Id, (e, c) => c).SingleAsync());

    private Task<RecurringGift> GiftOfAsync(long contactId) =>
        App.QueryAsync(db => db.RecurringGifts.AsNoTracking().SingleAsync(g => g.ContactId == contactId));
}
