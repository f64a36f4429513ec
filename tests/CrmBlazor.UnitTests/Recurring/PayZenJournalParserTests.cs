using System.Text;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>PayZen's transaction journal: columns by their ENTETE name, amounts in cents, final outcomes only.</summary>
public sealed class PayZenJournalParserTests
{
    private const string Header =
        "ENTETE;TRANSACTION_UUID;TRANSACTION_ID;ORDER_ID;SUBSCRIPTION_ID;TRANSACTION_TYPE;AMOUNT;CURRENCY;PAYMENT_DATE;TRANSACTION_STATUS;AUTH_RESULT;";

    private static readonly PayZenJournalParser Parser = new();

    [Fact]
    public void A_captured_payment_is_collected_and_a_refused_one_unpaid_with_its_code_in_words()
    {
        var parsed = Parse(
            "DETAILS;5e1ad3b8c0d94f4e9a0b1c2d3e4f5a6b;100001;4711;SUB-MARIE;DEBIT;1000;978;20260415;CAPTURED;00;",
            "DETAILS;7f2be4c9d1e05a5fab1c2d3e4f5a6b7c;100002;;SUB-PAUL;DEBIT;3000;978;20260415103012;REFUSED;51;");

        Assert.Empty(parsed.Problems);
        Assert.Equal(2, parsed.LineCount);
        var (captured, refused) = (parsed.Lines[0], parsed.Lines[1]);
        Assert.Equal(
            (3, RecurringChannel.Card, "5e1ad3b8c0d94f4e9a0b1c2d3e4f5a6b", TransactionOutcome.Collected, new DateOnly(2026, 4, 15), 10.00m, (long?)4711, "SUB-MARIE"),
            (captured.LineNumber, captured.Channel, captured.TransactionId, captured.Outcome, captured.OccurredOn, captured.Amount, captured.InstalmentId,
                captured.SubscriptionReference));
        Assert.Equal(
            (TransactionOutcome.Unpaid, 30.00m, (long?)null, "51", "Paiement refusé par la banque (code 51 : provision insuffisante)"),
            (refused.Outcome, refused.Amount, refused.InstalmentId, refused.ReasonCode, refused.Reason));
    }

    [Theory]
    [InlineData("CAPTURE_FAILED", "Échec de la remise en banque du paiement")]
    [InlineData("EXPIRED", "Autorisation expirée : le donateur n'a pas été débité")]
    [InlineData("CANCELLED", "Paiement annulé sur la plateforme PayZen")]
    public void Every_final_failure_is_an_unpaid_with_a_French_reason(string status, string reason)
    {
        var parsed = Parse($"DETAILS;uuid-1;100001;;SUB-1;DEBIT;1000;978;20260415;{status};;");

        var line = Assert.Single(parsed.Lines);
        Assert.Equal((TransactionOutcome.Unpaid, reason, (string?)null), (line.Outcome, line.Reason, line.ReasonCode));
    }

    [Theory]
    [InlineData("DEBIT", "AUTHORISED")]
    [InlineData("DEBIT", "WAITING_AUTHORISATION")]
    [InlineData("DEBIT", "UNDER_VERIFICATION")]
    [InlineData("VERIFICATION", "ACCEPTED")]
    [InlineData("CREDIT", "REFUSED")]
    public void Payments_still_in_progress_and_card_checks_are_counted_but_neither_applied_nor_problems(string type, string status)
    {
        var parsed = Parse($"DETAILS;uuid-1;100001;;SUB-1;{type};1000;978;20260415;{status};;");

        Assert.Empty(parsed.Lines);
        Assert.Empty(parsed.Problems);
        Assert.Equal(1, parsed.LineCount);
    }

    [Fact]
    public void A_captured_refund_makes_the_instalment_unpaid()
    {
        var parsed = Parse("DETAILS;uuid-9;100009;4711;SUB-MARIE;CREDIT;1000;978;20260420;CAPTURED;;");

        var line = Assert.Single(parsed.Lines);
        Assert.Equal((TransactionOutcome.Unpaid, "Remboursé au donateur", 10.00m, (long?)4711), (line.Outcome, line.Reason, line.Amount, line.InstalmentId));
    }

    [Fact]
    public void Malformed_lines_and_unknown_records_are_problems_with_their_line_numbers_and_the_others_are_read()
    {
        var parsed = Parse(
            "DETAILS;uuid-1;100001;;SUB-1;DEBIT;1000;978;20260415;CAPTURED;",
            "DETAILS;uuid-2;100002;;SUB-2;DEBIT;30,00;978;20260415;CAPTURED;;",
            "DETAILS;uuid-3;100003;;SUB-3;DEBIT;3000;978;2026-13-45;CAPTURED;;",
            "DETAILS;uuid-4;100004;;SUB-4;DEBIT;3000;840;20260415;CAPTURED;;",
            "DETAILS;uuid-5;100005;;SUB-5;DEBIT;3000;978;20260415;MYSTERY;;",
            "DETAILX;uuid-6;100006;;SUB-6;DEBIT;3000;978;20260415;CAPTURED;;",
            "DETAILS;uuid-7;100007;;SUB-7;DEBIT;3000;978;20260415;CAPTURED;;");

        Assert.Equal(
            [
                (3, "Ligne mal formée : 10 champs au lieu des 11 de l'enregistrement ENTETE."),
                (4, "Montant illisible : « 30,00 »."),
                (5, "Date illisible : « 2026-13-45 »."),
                (6, "Devise non gérée : 840 (seuls les paiements en euros sont importés)."),
                (7, "Statut inconnu : « MYSTERY »."),
                (8, "Type d'enregistrement inconnu : « DETAILX » (attendu : TITRE, ENTETE, DETAILS ou FIN)."),
            ],
            parsed.Problems.Select(p => (p.Line, p.Reason)));
        Assert.StartsWith("DETAILS;uuid-1;", parsed.Problems[0].Content);
        Assert.Equal("uuid-7", Assert.Single(parsed.Lines).TransactionId);
        Assert.Equal(7, parsed.LineCount);
    }

    [Fact]
    public void Columns_are_found_by_name_in_any_order_and_without_a_UUID_the_short_id_is_made_unique_by_its_date()
    {
        var parsed = Parser.Parse(Bytes(
            "TITRE;Boutique;26/04/16_06:00:00;TABLE_V_CUSTOM;",
            "ENTETE;PAYMENT_DATE;TRANSACTION_STATUS;AMOUNT;TRANSACTION_ID;SUBSCRIPTION_ID;",
            "DETAILS;20260415;CAPTURED;2500;100001;SUB-9;",
            "FIN;1;"));

        var line = Assert.Single(parsed.Lines);
        Assert.Equal(("100001-20260415", 25.00m, "SUB-9", (long?)null), (line.TransactionId, line.Amount, line.SubscriptionReference, line.InstalmentId));
        Assert.Empty(parsed.Problems);
    }

    [Fact]
    public void A_file_without_ENTETE_or_without_a_needed_column_is_refused_as_a_whole()
    {
        var noHeader = Parser.Parse(Bytes("TITRE;Boutique;26/04/16_06:00:00;TABLE_V_CUSTOM;", "DETAILS;a;b;", "FIN;1;"));
        var noAmount = Parser.Parse(Bytes("ENTETE;TRANSACTION_UUID;PAYMENT_DATE;TRANSACTION_STATUS;", "DETAILS;a;20260415;CAPTURED;", "FIN;"));

        Assert.Equal(
            (0, "Ce fichier ne ressemble pas à un journal des transactions PayZen : enregistrement ENTETE introuvable."),
            (Assert.Single(noHeader.Problems).Line, noHeader.Problems[0].Reason));
        Assert.Equal(
            "Ce fichier ne ressemble pas à un journal des transactions PayZen : colonne AMOUNT absente de l'enregistrement ENTETE.",
            Assert.Single(noAmount.Problems).Reason);
        Assert.Empty(noAmount.Lines);
    }

    [Fact]
    public void A_journal_cut_before_FIN_is_reported()
    {
        var parsed = Parser.Parse(Bytes(Header, "DETAILS;uuid-1;100001;;SUB-1;DEBIT;1000;978;20260415;CAPTURED;;"));

        Assert.Single(parsed.Lines);
        Assert.Equal((3, "Enregistrement FIN absent : le fichier est peut-être incomplet."), (Assert.Single(parsed.Problems).Line, parsed.Problems[0].Reason));
    }

    [Fact]
    public void A_Latin_1_journal_reads_like_a_UTF_8_one()
    {
        var text = string.Join("\r\n", "TITRE;Amis des Forêts;26/04/16_06:00:00;TABLE_V_CUSTOM;", Header,
            "DETAILS;uuid-1;100001;;SUB-É;DEBIT;1000;978;20260415;CAPTURED;;", "FIN;1;");

        var parsed = Parser.Parse(Encoding.Latin1.GetBytes(text));

        Assert.Equal("SUB-É", Assert.Single(parsed.Lines).SubscriptionReference);
    }

    [Theory]
    [InlineData("00123", 123L)]
    [InlineData("4711", 4711L)]
    [InlineData("CMD-4711", null)]
    [InlineData("0", null)]
    [InlineData("", null)]
    public void Only_an_order_id_made_of_digits_names_one_of_our_instalments(string orderId, long? expected)
    {
        Assert.Equal(expected, PayZenJournalParser.OrderIdAsInstalment(orderId));
    }

    private static ParsedProviderFile Parse(params string[] details) =>
        Parser.Parse(Bytes(["TITRE;Les Amis des Oiseaux;26/04/16_06:00:12;TABLE_V_CUSTOM;", Header, .. details, $"FIN;{details.Length};"]));

    private static byte[] Bytes(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");
}
