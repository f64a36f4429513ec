using System.Text;
using CrmBlazor.Application.Recurring.Reconciliation;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

public sealed class ReconciliationFilesTests
{
    [Fact]
    public void A_bank_statement_reads_French_amounts_with_either_separator_and_skips_its_header()
    {
        var semicolon = BankStatementFile.Parse(Bytes("Date;Libellé;Montant\n03/04/2026;VIR PAYPAL;\"1 234,50\"\n04/04/2026;PRLV EDF;-62,10\n"));
        var comma = BankStatementFile.Parse(Bytes("03/04/2026,REMISE CB,48,20\n04/04/2026,\"VIR, DON\",12.00\n"));

        Assert.Equal(
            [(2, new DateOnly(2026, 4, 3), "VIR PAYPAL", 1234.50m), (3, new DateOnly(2026, 4, 4), "PRLV EDF", -62.10m)],
            semicolon.Lines.Select(l => (l.Line, l.BookedOn, l.Label, l.Amount)).ToList());
        Assert.Equal([("REMISE CB", 48.20m), ("VIR, DON", 12.00m)], comma.Lines.Select(l => (l.Label, l.Amount)).ToList());
        Assert.Empty(semicolon.Problems);
        Assert.Empty(comma.Problems);
    }

    [Theory]
    [InlineData("31/04/2026;VIR;10,00", "Date invalide : « 31/04/2026 » (attendu jj/mm/aaaa).")]
    [InlineData("03/04/2026;VIR;dix euros", "Montant invalide : « dix euros » (ex. 1 234,50 ou -12,00).")]
    [InlineData("03/04/2026;VIR;0,00", "Montant invalide : « 0,00 » (ex. 1 234,50 ou -12,00).")]
    [InlineData("03/04/2026;VIR", "La ligne doit avoir trois colonnes : date, libellé, montant.")]
    public void A_bad_bank_line_is_reported_with_its_reason(string line, string reason)
    {
        var parsed = BankStatementFile.Parse(Bytes("01/04/2026;SOLDE;1,00\n" + line + "\n"));

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal((2, reason), (problem.Line, problem.Reason));
    }

    [Fact]
    public void A_PayZen_JRB_groups_its_transactions_by_remittance_number_in_cents()
    {
        var parsed = SettlementFile.Parse(Bytes(
            """
            TITRE;12345678;26/04/02_05:00:00;TABLE_V_CUSTOM;
            ENTETE;TRANSACTION_ID;NUMERO_REMISE;DATE_REMISE;TRANSACTION_TYPE;MONTANT;COMMISSION;
            DETAILS;T1;R-1;20260402;DEBIT;1500;20;
            DETAILS;T2;R-1;20260402;DEBIT;1000;15;
            DETAILS;T3;R-2;20260403;CREDIT;500;0;
            DETAILS;T4;R-2;20260403;DEBIT;abc;0;
            FIN;
            """));

        Assert.Equal(4, parsed.LineCount);
        var first = parsed.Settlements[0];
        Assert.Equal((RecurringChannel.Card, "R-1", new DateOnly(2026, 4, 2)), (first.Channel, first.Reference, first.SettledOn));
        Assert.Equal([("T1", 15.00m, 0.20m), ("T2", 10.00m, 0.15m)], first.Items.Select(i => (i.TransactionId, i.Gross, i.Fee)).ToList());
        Assert.Equal(-5.00m, Assert.Single(parsed.Settlements[1].Items).Gross);
        Assert.Equal((6, "Montant en centimes invalide : « abc »."), (parsed.Problems[0].Line, parsed.Problems[0].Reason));
    }

    [Fact]
    public void A_PayPal_STL_section_is_one_settlement_named_by_its_withdrawal_with_fees_deducted()
    {
        var parsed = SettlementFile.Parse(Bytes(
            """
            "RH","2026/04/03 04:00:00 +0200","A","ACC",009
            "SH","2026/04/02 00:00:00 +0200","2026/04/02 23:59:59 +0200","ACC",""
            "CH","Transaction ID","Transaction Event Code","Transaction Completion Date","Transaction Debit or Credit","Gross Transaction Amount","Fee Debit or Credit","Fee Amount"
            "SB","A1","T0002","2026/04/01 10:00:00 +0200","CR",2000,"DR",78
            "SB","A2","T1107","2026/04/01 12:00:00 +0200","DR",500,"CR",10
            "SB","WD9","T0400","2026/04/02 18:00:00 +0200","DR",1432,"CR",0
            "SF","CR",2000,"DR",500
            "SH","2026/04/03 00:00:00 +0200","2026/04/03 23:59:59 +0200","ACC",""
            "SB","B1","T0013","2026/04/03 09:00:00 +0200","XX",100,"DR",1
            "SF"
            """));

        var settlement = Assert.Single(parsed.Settlements);
        Assert.Equal((RecurringChannel.PayPal, "WD9", new DateOnly(2026, 4, 2)), (settlement.Channel, settlement.Reference, settlement.SettledOn));
        Assert.Equal([("A1", 20.00m, 0.78m), ("A2", -5.00m, -0.10m)], settlement.Items.Select(i => (i.TransactionId, i.Gross, i.Fee)).ToList());
        Assert.Equal("Sens invalide : « XX » (CR ou DR).", Assert.Single(parsed.Problems).Reason);
    }

    [Fact]
    public void An_unknown_settlement_format_is_refused_as_a_whole()
    {
        Assert.StartsWith("Format de règlement inconnu", SettlementFile.Parse(Bytes("date;montant\n")).FileError);
    }

    [Fact]
    public void The_matcher_takes_the_same_amount_within_five_days_after_the_settlement_and_never_twice()
    {
        var settlement = ProviderSettlement.FromProvider(
            RecurringChannel.PayPal, "WD1", new DateOnly(2026, 4, 2), 1, [SettlementItem.Of("A1", 20.00m, 0.78m)]);
        var sepa = ProviderSettlement.SepaRemittance(7, new DateOnly(2026, 4, 5), 35.00m);
        var before = BankStatementLine.Read(1, 1, new DateOnly(2026, 4, 1), "trop tôt", 19.22m);
        var tooLate = BankStatementLine.Read(1, 2, new DateOnly(2026, 4, 8), "trop tard", 19.22m);
        var gross = BankStatementLine.Read(1, 3, new DateOnly(2026, 4, 3), "brut au lieu du net", 20.00m);
        var fits = BankStatementLine.Read(1, 4, new DateOnly(2026, 4, 7), "cinq jours après", 19.22m);
        var sepaCredit = BankStatementLine.Read(1, 5, new DateOnly(2026, 4, 5), "remise SEPA", 35.00m);

        var pairs = SettlementMatcher.Pair([settlement, sepa], [before, tooLate, gross, fits, sepaCredit]);

        Assert.Equal([(settlement, fits), (sepa, sepaCredit)], pairs.ToList());
        settlement.Match(fits, new DateOnly(2026, 4, 10));
        Assert.Equal(new DateOnly(2026, 4, 10), fits.MatchedOn);
        Assert.Empty(SettlementMatcher.Pair([settlement], [fits]));
        Assert.Throws<DomainException>(() => sepa.Match(gross, new DateOnly(2026, 4, 10)));
    }

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
