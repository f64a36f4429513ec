using System.Text;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>PayPal's activity download: columns by header name in French or English, gifts only, oldest first.</summary>
public sealed class PayPalActivityParserTests
{
    private const string FrenchHeader =
        "\"Date\",\"Heure\",\"Fuseau horaire\",\"Nom\",\"Type\",\"État\",\"Devise\",\"Avant commission\",\"Commission\",\"Net\","
        + "\"De l'adresse email\",\"À l'adresse email\",\"Numéro de transaction\",\"Titre de l'objet\",\"Numéro de la transaction de référence\","
        + "\"Numéro de facture\",\"Impact sur le solde\"";

    private const string EnglishHeader =
        "Date,Time,TimeZone,Name,Type,Status,Currency,Gross,Fee,Net,From Email Address,To Email Address,Transaction ID,Item Title,"
        + "Reference Txn ID,Invoice Number,Balance Impact";

    private static readonly PayPalActivityParser Parser = new();

    [Fact]
    public void A_French_download_is_read_by_its_French_headers_oldest_first_and_the_bank_withdrawal_is_left_out()
    {
        var parsed = Parse(
            FrenchHeader,
            "\"11/04/2026\",\"06:02:11\",\"Europe/Paris\",\"\",\"Virement standard\",\"Terminé\",\"EUR\",\"-500,00\",\"0,00\",\"-500,00\",\"\",\"\",\"9WD00000AA0000000\",\"\",\"\",\"\",\"Débit\"",
            "\"10/04/2026\",\"09:15:03\",\"Europe/Paris\",\"Martin, Jean\",\"Paiement d'abonnement\",\"Refusé\",\"EUR\",\"30,00\",\"0,00\",\"30,00\",\"jean.martin@example.fr\",\"dons@oiseaux.fr\",\"8AB12345CD6789012\",\"Don trimestriel\",\"I-JEANMARTIN01\",\"\",\"Crédit\"",
            "\"10/01/2026\",\"09:14:55\",\"Europe/Paris\",\"Martin, Jean\",\"Paiement d'abonnement\",\"Terminé\",\"EUR\",\"30,00\",\"-1,22\",\"28,78\",\"jean.martin@example.fr\",\"dons@oiseaux.fr\",\"5XY98765ZT4321098\",\"Don trimestriel\",\"I-JEANMARTIN01\",\"\",\"Crédit\"",
            "\"05/01/2026\",\"10:00:00\",\"Europe/Paris\",\"\",\"Conversion de devise générale\",\"Terminé\",\"EUR\",\"-2,00\",\"0,00\",\"-2,00\",\"\",\"\",\"1CC00000AA0000000\",\"\",\"\",\"\",\"Débit\"");

        Assert.Empty(parsed.Problems);
        Assert.Equal(4, parsed.LineCount);
        Assert.Equal(
            [
                (4, "5XY98765ZT4321098", TransactionOutcome.Collected, new DateOnly(2026, 1, 10), 30.00m, "I-JEANMARTIN01", (string?)null),
                (3, "8AB12345CD6789012", TransactionOutcome.Unpaid, new DateOnly(2026, 4, 10), 30.00m, "I-JEANMARTIN01", "Paiement refusé par PayPal"),
            ],
            parsed.Lines.Select(l => (l.LineNumber, l.TransactionId, l.Outcome, l.OccurredOn, l.Amount, l.SubscriptionReference, l.Reason)));
        Assert.All(parsed.Lines, l => Assert.Equal(RecurringChannel.PayPal, l.Channel));
        Assert.Contains("Martin, Jean", parsed.Lines[0].Raw);
    }

    [Fact]
    public void An_English_download_reads_month_first_dates_and_comma_thousands_and_an_invoice_number_names_our_instalment()
    {
        var parsed = Parse(
            EnglishHeader,
            "04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Completed,EUR,\"1,030.00\",-1.22,\"1,028.78\",jean@example.fr,dons@oiseaux.fr,8AB12345CD6789012,Don,I-JM,4711,Credit");

        var line = Assert.Single(parsed.Lines);
        Assert.Equal((new DateOnly(2026, 4, 10), 1030.00m, (long?)4711, "I-JM"), (line.OccurredOn, line.Amount, line.InstalmentId, line.SubscriptionReference));
    }

    [Fact]
    public void A_semicolon_separated_French_file_with_non_breaking_spaces_in_amounts_is_read()
    {
        var parsed = Parse(
            "Date;Heure;Nom;Type;État;Devise;Brut;Numéro de transaction;Numéro de la transaction de référence",
            "10/04/2026;09:15:03;Jean Martin;Paiement de don;Terminé;EUR;1\u202F030,50;8AB12345CD6789012;I-JM");

        Assert.Equal(1030.50m, Assert.Single(parsed.Lines).Amount);
    }

    [Theory]
    [InlineData("Denied", "Paiement refusé par PayPal")]
    [InlineData("Failed", "Paiement PayPal échoué")]
    [InlineData("Reversed", "Paiement PayPal annulé après encaissement (opposition ou litige)")]
    [InlineData("Refunded", "Remboursé au donateur")]
    [InlineData("Canceled", "Paiement PayPal annulé")]
    [InlineData("Échoué", "Paiement PayPal échoué")]
    [InlineData("Annulé", "Paiement PayPal annulé")]
    public void Final_failures_are_unpaid_with_a_French_reason(string status, string reason)
    {
        var parsed = Parse(EnglishHeader, $"04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,{status},EUR,30.00,0.00,30.00,j@x.fr,d@x.fr,8AB,Don,I-JM,,Credit");

        var line = Assert.Single(parsed.Lines);
        Assert.Equal((TransactionOutcome.Unpaid, reason), (line.Outcome, line.Reason));
    }

    [Fact]
    public void A_completed_refund_row_undoes_the_payment_it_refers_to()
    {
        var parsed = Parse(
            FrenchHeader,
            "\"20/04/2026\",\"11:00:00\",\"Europe/Paris\",\"Jean Martin\",\"Remboursement de paiement\",\"Terminé\",\"EUR\",\"-30,00\",\"1,22\",\"-28,78\",\"dons@oiseaux.fr\",\"jean@example.fr\",\"0RF11111AA2222222\",\"\",\"5XY98765ZT4321098\",\"\",\"Débit\"");

        var line = Assert.Single(parsed.Lines);
        Assert.Equal(
            (TransactionOutcome.Unpaid, "Remboursé au donateur", 30.00m, "5XY98765ZT4321098", (string?)null),
            (line.Outcome, line.Reason, line.Amount, line.OriginalTransactionId, line.SubscriptionReference));
    }

    [Fact]
    public void Pending_payments_fees_and_holds_are_counted_but_neither_applied_nor_problems()
    {
        var parsed = Parse(
            EnglishHeader,
            "04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Pending,EUR,30.00,0.00,30.00,j@x.fr,d@x.fr,8AB,Don,I-JM,,Credit",
            "04/10/2026,09:15:04,CEST,,General Withdrawal,Completed,EUR,-100.00,0.00,-100.00,,,9WD,,,,Debit",
            "04/10/2026,09:15:05,CEST,,Fee,Completed,EUR,-0.35,0.00,-0.35,,,9FE,,,,Debit",
            "04/10/2026,09:15:06,CEST,,Hold on Balance for Dispute Investigation,Completed,EUR,-30.00,0.00,-30.00,,,9HO,,,,Debit");

        Assert.Empty(parsed.Lines);
        Assert.Empty(parsed.Problems);
        Assert.Equal(4, parsed.LineCount);
    }

    [Fact]
    public void Gifts_that_cannot_be_read_are_problems_with_their_line_numbers()
    {
        var parsed = Parse(
            EnglishHeader,
            "13/31/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Completed,EUR,30.00,0.00,30.00,j@x.fr,d@x.fr,8AB,Don,I-JM,,Credit",
            "04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Completed,EUR,trente,0.00,30.00,j@x.fr,d@x.fr,8AC,Don,I-JM,,Credit",
            "04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Completed,USD,30.00,0.00,30.00,j@x.fr,d@x.fr,8AD,Don,I-JM,,Credit",
            "04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Completed,EUR,30.00,0.00,30.00,j@x.fr,d@x.fr,,Don,I-JM,,Credit",
            "04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Mystery,EUR,30.00,0.00,30.00,j@x.fr,d@x.fr,8AE,Don,I-JM,,Credit",
            "04/10/2026,09:15:03,CEST,Jean Martin,Subscription Payment,Completed,EUR,30.00,I-JM",
            "04/10/2026,09:15:03,CEST,\"Jean \"Martin\",Subscription Payment,Completed,EUR,30.00,0.00,30.00,j@x.fr,d@x.fr,8AF,Don,I-JM,,Credit");

        Assert.Equal(
            [
                (2, "Date illisible : « 13/31/2026 »."),
                (3, "Montant illisible : « trente »."),
                (4, "Devise non gérée : USD (seuls les paiements en euros sont importés)."),
                (5, "Identifiant de la transaction absent."),
                (6, "Statut inconnu : « Mystery »."),
                (7, "Ligne mal formée : 9 champs au lieu de 17."),
                (8, "Ligne mal formée : guillemets mal placés."),
            ],
            parsed.Problems.Select(p => (p.Line, p.Reason)));
        Assert.Empty(parsed.Lines);
    }

    [Fact]
    public void A_file_without_the_needed_columns_is_refused_as_a_whole()
    {
        var parsed = Parse("Date,Name,Gross", "04/10/2026,Jean,30.00");

        Assert.Equal(
            (0, "Ce fichier ne ressemble pas à un téléchargement d'activité PayPal : colonne « Status / État » introuvable."),
            (Assert.Single(parsed.Problems).Line, parsed.Problems[0].Reason));
    }

    private static ParsedProviderFile Parse(params string[] lines) =>
        Parser.Parse(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")).ToArray());
}
