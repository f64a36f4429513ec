using System.Text;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

public sealed class OnlineGiftFileTests
{
    private const string Header =
        "transaction_id;collected_on;channel;amount;periodicity;campaign_code;provider_reference;card_expiry;iban;bic;rum;mandate_signed_on;"
        + "civility;first_name;last_name;email;phone;street;post_code;city;country";

    [Fact]
    public void A_CSV_card_row_is_read_with_French_decimals_dates_and_periodicity_words()
    {
        var parsed = Parse(Header + "\r\nPZ-1;15/03/2026;CARD;1234,50;mensuel;ete26;SUB-1;09/2028;;;;;Mme;Marie;Dupont;m@example.org;;\"3; rue \"\"Haute\"\"\";75011;Paris;fr\r\n");

        Assert.Empty(parsed.Problems);
        var row = Assert.Single(parsed.Rows);
        Assert.Equal(
            (2, "PZ-1", new DateOnly(2026, 3, 15), RecurringChannel.Card, 1234.50m, Periodicity.Monthly, "ete26", "SUB-1", new DateOnly(2028, 9, 30)),
            (row.Line, row.TransactionId, row.CollectedOn, row.Channel, row.Amount, row.Periodicity, row.CampaignCode, row.ProviderReference, row.CardExpiresOn));
        Assert.Equal((Civility.Madame, "Marie", "Dupont", "3; rue \"Haute\"", "75011", "FR"), (row.Civility, row.FirstName, row.LastName, row.Street, row.PostCode, row.Country));
    }

    [Fact]
    public void A_JSON_array_gives_the_same_rows_numbers_included_and_positions_as_line_numbers()
    {
        var parsed = Parse("""
            [ { "transaction_id": "W-1", "collected_on": "2026-03-16", "channel": "sepa", "amount": 25.5, "periodicity": "half_yearly",
                "iban": "fr76 3000 6000 0112 3456 7890 189", "bic": "agri frpp", "last_name": "Martin", "first_name": "Jean" },
              { "transaction_id": "W-2", "collected_on": "2026-03-16", "channel": "paypal", "amount": "10", "periodicity": "weekly", "email": "a@b.fr" } ]
            """);

        var row = Assert.Single(parsed.Rows);
        Assert.Equal((1, RecurringChannel.DirectDebit, 25.5m, Periodicity.HalfYearly, "AGRIFRPP", new DateOnly(2026, 3, 16), "Jean Martin"),
            (row.Line, row.Channel, row.Amount, row.Periodicity, row.Bic, row.MandateSignedOn, row.DebtorName));
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(2, problem.Line);
        Assert.StartsWith("Périodicité inconnue : « weekly »", problem.Reason);
    }

    [Theory]
    [InlineData("T;31/02/2026;card;10;monthly;;;;;;;;;;Nom;;;;;;", "Date de collecte invalide : « 31/02/2026 » (attendu aaaa-mm-jj ou jj/mm/aaaa, jour existant).")]
    [InlineData("T;2026-13-01;card;10;monthly;;;;;;;;;;Nom;;;;;;", "Date de collecte invalide : « 2026-13-01 » (attendu aaaa-mm-jj ou jj/mm/aaaa, jour existant).")]
    [InlineData("T;2026-01-01;card;0;monthly;;;;;;;;;;Nom;;;;;;", "Montant invalide : « 0 » (positif, en euros et centimes, ex. 1234.50 ou 1234,50).")]
    [InlineData("T;2026-01-01;card;1 234,50;monthly;;;;;;;;;;Nom;;;;;;", "Montant invalide : « 1 234,50 » (positif, en euros et centimes, ex. 1234.50 ou 1234,50).")]
    [InlineData("T;2026-01-01;card;-5;monthly;;;;;;;;;;Nom;;;;;;", "Montant invalide : « -5 » (positif, en euros et centimes, ex. 1234.50 ou 1234,50).")]
    [InlineData("T;2026-01-01;virement;10;monthly;;;;;;;;;;Nom;;;;;;", "Moyen de paiement inconnu : « virement » (card, paypal ou sepa).")]
    [InlineData("T;2026-01-01;card;10;monthly;;;;;;;;;Jean;;;;;;;", "Ni nom ni e-mail : impossible de retrouver ou de créer le donateur.")]
    [InlineData(";2026-01-01;card;10;monthly;;;;;;;;;;Nom;;;;;;", "Identifiant de transaction (transaction_id) absent.")]
    [InlineData("T;2026-01-01;sepa;10;monthly;;;;;;;;;;Nom;;;;;;", "IBAN absent : il est obligatoire pour un prélèvement (sepa).")]
    [InlineData("T;2026-01-01;sepa;10;monthly;;;;FR76 3000 6000 0112 3456 7890;;;;;;Nom;;;;;;", "IBAN refusé : Un IBAN français fait 27 caractères ; celui-ci en a 24.")]
    [InlineData("T;2026-01-01;sepa;10;monthly;;;;FR7630006000011234567890189;AGRI;;;;;Nom;;;;;;", "BIC invalide : « AGRI » (8 ou 11 caractères, ex. BNPAFRPPXXX).")]
    [InlineData("T;2026-01-01;sepa;10;monthly;;;;FR7630006000011234567890189;;RUM_ÉTÉ;;;;Nom;;;;;;", "RUM invalide : « RUM_ÉTÉ » (1 à 35 caractères : lettres, chiffres, espaces et / - ? : ( ) . , ' +).")]
    [InlineData("T;2026-01-01;card;10;monthly;;;13/2028;;;;;;;Nom;;;;;;", "Date d'expiration de carte invalide : « 13/2028 » (attendu MM/AAAA).")]
    [InlineData("T;2026-01-01;card;10;monthly;;;;;;;;Dr;;Nom;;;;;;", "Civilité inconnue : « Dr » (M., Mme ou M. et Mme).")]
    [InlineData("T;2026-01-01;card;10;monthly;;;;;;;;;;Nom;pas-un-email;;;;;", "Adresse e-mail invalide : « pas-un-email ».")]
    [InlineData("T;2026-01-01;card;10;monthly;;;;;;;;;;Nom;;;;;;France", "Pays invalide : « France » (code ISO à deux lettres, ex. FR).")]
    public void A_bad_row_is_refused_with_its_French_reason(string line, string reason)
    {
        var parsed = Parse(Header + "\n" + line + "\n");

        Assert.Empty(parsed.Rows);
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((2, reason), (problem.Line, problem.Reason));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_is_reported_and_blank_lines_are_skipped()
    {
        var parsed = Parse(Header + "\n\nT;2026-01-01;card\n");

        Assert.Equal("La ligne a 3 colonnes alors que l'en-tête en a 21.", Assert.Single(parsed.Problems).Reason);
        Assert.Equal(3, parsed.Problems[0].Line);
    }

    [Theory]
    [InlineData("", "Le fichier est vide.")]
    [InlineData("nom;montant\nDupont;10", "Colonnes obligatoires absentes de l'en-tête : transaction_id, collected_on, channel, amount, periodicity.")]
    [InlineData("[ { \"transaction_id\": ", "Fichier illisible")]
    [InlineData("{ \"transaction_id\": \"T\" }", "Colonnes obligatoires absentes")]
    public void An_unreadable_file_gives_one_reason_and_no_row(string content, string reason)
    {
        var parsed = Parse(content);

        Assert.Empty(parsed.Rows);
        Assert.Contains(reason, parsed.FileError);
    }

    [Fact]
    public void The_generated_RUM_is_stable_for_a_transaction_short_enough_and_in_the_SEPA_character_set()
    {
        var rum = OnlineGiftImporter.GeneratedRum("WEB-1");

        Assert.Equal(rum, OnlineGiftImporter.GeneratedRum("WEB-1"));
        Assert.NotEqual(rum, OnlineGiftImporter.GeneratedRum("WEB-2"));
        Assert.InRange(rum.Length, 1, RecurringLimits.Max35);
        Assert.True(SepaText.IsAllowed(rum));
    }

    private static ParsedOnlineGifts Parse(string content) => OnlineGiftFile.Parse(Encoding.UTF8.GetBytes(content));
}
