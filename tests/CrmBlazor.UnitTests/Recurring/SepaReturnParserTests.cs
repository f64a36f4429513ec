using System.Text;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Application.Recurring.Sepa;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>Bank returns as French banks send them: pain.002 status reports and camt.054 notifications, old and 2019 versions.</summary>
public sealed class SepaReturnParserTests
{
    private readonly SepaReturnParser _parser = new();

    private ParsedProviderFile Parse(string xml) => _parser.Parse(Encoding.UTF8.GetBytes(xml));

    [Fact]
    public void The_parser_reads_SEPA_return_files()
    {
        Assert.Equal(ProviderFileKind.SepaReturn, _parser.Kind);
    }

    [Fact]
    public void A_pain_002_001_03_report_gives_the_rejected_debits_and_reports_what_cannot_be_matched()
    {
        var parsed = Parse(Pain002V3);

        Assert.Equal(
            [
                (17, "BQ-REJ-000871", new DateOnly(2026, 4, 10), 30.00m, "E2E-2026-04-000017", "AM04", "Provision insuffisante"),
                (34, "E2E-2026-04-000018-MD01", new DateOnly(2026, 4, 10), 12.50m, "E2E-2026-04-000018", "MD01", "Pas de mandat ou mandat invalide"),
            ],
            parsed.Lines.Select(l => (l.LineNumber, l.TransactionId, l.OccurredOn, l.Amount, l.EndToEndId!, l.ReasonCode!, l.Reason!)));
        Assert.All(parsed.Lines, l => Assert.Equal((RecurringChannel.DirectDebit, TransactionOutcome.Unpaid), (l.Channel, l.Outcome)));
        Assert.Contains("<OrgnlEndToEndId>E2E-2026-04-000017</OrgnlEndToEndId>", parsed.Lines[0].Raw, StringComparison.Ordinal);
        Assert.Equal(
            [
                (52, "Prélèvement rejeté sans référence de bout en bout (EndToEndId) : impossible de retrouver l'échéance."),
                (62, "La banque a rejeté tout le lot PMT-2026-04-FRST (FF01 : Format de fichier invalide) sans lister les prélèvements : vérifiez le lot avant de le renvoyer."),
            ],
            parsed.Problems.Select(p => (p.Line, p.Reason)));
        Assert.Equal(5, parsed.LineCount);
    }

    [Fact]
    public void A_pain_002_001_10_report_gives_its_rejections_and_a_debit_takes_its_batch_status_when_it_has_none()
    {
        var parsed = Parse(Pain002V10);

        Assert.Equal(
            [
                ("SG-20260412-0004", new DateOnly(2026, 4, 15), 20.00m, "E2E-2026-04-000101", "MS02", "Refus du débiteur (motif non précisé)"),
                ("E2E-2026-04-000102-AC04", new DateOnly(2026, 4, 15), 45.00m, "E2E-2026-04-000102", "AC04", "Compte clôturé"),
            ],
            parsed.Lines.Select(l => (l.TransactionId, l.OccurredOn, l.Amount, l.EndToEndId!, l.ReasonCode!, l.Reason!)));
        Assert.Empty(parsed.Problems);
        Assert.Equal(2, parsed.LineCount);
    }

    [Fact]
    public void A_pain_002_that_accepts_the_whole_file_gives_nothing_to_apply()
    {
        var parsed = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
              <CstmrPmtStsRpt>
                <GrpHdr><MsgId>STS-20260409-01</MsgId><CreDtTm>2026-04-09T08:00:00</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts><OrgnlMsgId>MSG-2026-04-0001</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId><GrpSts>ACCP</GrpSts></OrgnlGrpInfAndSts>
              </CstmrPmtStsRpt>
            </Document>
            """);

        Assert.Equal((0, 0, 1), (parsed.Lines.Count, parsed.Problems.Count, parsed.LineCount));
    }

    [Fact]
    public void A_pain_002_rejecting_the_whole_file_without_listing_debits_is_a_problem_to_look_at()
    {
        var parsed = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
              <CstmrPmtStsRpt>
                <GrpHdr><MsgId>STS-20260409-02</MsgId><CreDtTm>2026-04-09T08:00:00</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts>
                  <OrgnlMsgId>MSG-2026-04-0001</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId><GrpSts>RJCT</GrpSts>
                  <StsRsnInf><Rsn><Cd>BE05</Cd></Rsn></StsRsnInf>
                </OrgnlGrpInfAndSts>
              </CstmrPmtStsRpt>
            </Document>
            """);

        var problem = Assert.Single(parsed.Problems);
        Assert.Equal(
            "La banque a rejeté toute la remise MSG-2026-04-0001 (BE05 : Identifiant créancier (ICS) inconnu ou incorrect) sans lister les prélèvements : vérifiez la remise avant de la renvoyer.",
            problem.Reason);
        Assert.Empty(parsed.Lines);
    }

    [Fact]
    public void A_camt_054_001_02_notification_gives_the_returned_debits_and_skips_credits_and_fees()
    {
        var parsed = Parse(Camt054V2);

        var line = Assert.Single(parsed.Lines);
        Assert.Equal(
            ("BNP-RET-2026-0419-0001", new DateOnly(2026, 4, 20), 30.00m, "E2E-2026-04-000031", "AC04", "Compte clôturé", RecurringChannel.DirectDebit, TransactionOutcome.Unpaid),
            (line.TransactionId, line.OccurredOn, line.Amount, line.EndToEndId, line.ReasonCode, line.Reason, line.Channel, line.Outcome));
        Assert.Empty(parsed.Problems);
        Assert.Equal(4, parsed.LineCount);
    }

    [Fact]
    public void A_camt_054_001_08_notification_gives_each_return_of_an_entry_and_reports_one_without_end_to_end_id()
    {
        var parsed = Parse(Camt054V8);

        Assert.Equal(
            [
                ("CE-RTR-88812", new DateOnly(2026, 5, 18), 15.00m, "E2E-2026-05-000007", "MD06", "Remboursement demandé par le débiteur"),
                ("CE-NTRY-5512-E2E-2026-05-000008", new DateOnly(2026, 5, 18), 8.00m, "E2E-2026-05-000008", "AM04", "Provision insuffisante"),
                ("CE-NTRY-5513-E2E-2026-05-000009", new DateOnly(2026, 5, 19), 50.00m, "E2E-2026-05-000009", "ZZ99", "Motif bancaire ZZ99"),
            ],
            parsed.Lines.Select(l => (l.TransactionId, l.OccurredOn, l.Amount, l.EndToEndId!, l.ReasonCode!, l.Reason!)));
        var problem = Assert.Single(parsed.Problems);
        Assert.Equal("Prélèvement rejeté sans référence de bout en bout (EndToEndId) : impossible de retrouver l'échéance.", problem.Reason);
        Assert.Contains("RR04", problem.Content, StringComparison.Ordinal);
        Assert.Equal(5, parsed.LineCount);
    }

    [Fact]
    public void The_same_file_read_twice_gives_the_same_transaction_ids()
    {
        var first = Parse(Camt054V8).Lines.Select(l => l.TransactionId);
        var second = Parse(Camt054V8).Lines.Select(l => l.TransactionId);

        Assert.Equal(first, second);
        Assert.Equal(first.Count(), first.Distinct().Count());
    }

    [Theory]
    [InlineData("", "Le fichier n'est pas un XML lisible")]
    [InlineData("Date;Libellé;Montant\n2026-04-10;PRLV SEPA;-30,00", "Le fichier n'est pas un XML lisible")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.002.001.03\"><CstmrPmtStsRpt>", "Le fichier n'est pas un XML lisible")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>", "Le fichier n'est pas un XML lisible")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:pain.008.001.02\"/>", "Format non reconnu : un retour SEPA est un compte rendu pain.002 ou un avis camt.054")]
    [InlineData("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.08\"><Other/></Document>", "L'avis camt.054 ne contient pas de bloc BkToCstmrDbtCdtNtfctn.")]
    public void An_unusable_file_is_one_problem_in_French_never_an_exception(string content, string reason)
    {
        var parsed = Parse(content);

        var problem = Assert.Single(parsed.Problems);
        Assert.StartsWith(reason, problem.Reason, StringComparison.Ordinal);
        Assert.Empty(parsed.Lines);
    }

    [Fact]
    public void A_rejected_debit_without_amount_or_date_is_a_problem()
    {
        var parsed = Parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03">
              <CstmrPmtStsRpt>
                <GrpHdr><MsgId>STS-1</MsgId><CreDtTm>le 9 avril</CreDtTm></GrpHdr>
                <OrgnlGrpInfAndSts><OrgnlMsgId>MSG-1</OrgnlMsgId><OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId><GrpSts>PART</GrpSts></OrgnlGrpInfAndSts>
                <OrgnlPmtInfAndSts>
                  <OrgnlPmtInfId>PMT-1</OrgnlPmtInfId>
                  <TxInfAndSts><OrgnlEndToEndId>E2E-A</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf></TxInfAndSts>
                  <TxInfAndSts><OrgnlEndToEndId>E2E-B</OrgnlEndToEndId><TxSts>RJCT</TxSts><StsRsnInf><Rsn><Cd>AM04</Cd></Rsn></StsRsnInf>
                    <OrgnlTxRef><Amt><InstdAmt Ccy="EUR">10.00</InstdAmt></Amt></OrgnlTxRef></TxInfAndSts>
                  <TxInfAndSts><OrgnlEndToEndId>E2E-C</OrgnlEndToEndId><TxSts>RJCT</TxSts>
                    <OrgnlTxRef><Amt><InstdAmt Ccy="CHF">10.00</InstdAmt></Amt><ReqdColltnDt>2026-04-10</ReqdColltnDt></OrgnlTxRef></TxInfAndSts>
                </OrgnlPmtInfAndSts>
              </CstmrPmtStsRpt>
            </Document>
            """);

        Assert.Empty(parsed.Lines);
        Assert.Equal(
            [
                "Prélèvement rejeté E2E-A sans montant lisible.",
                "Prélèvement rejeté E2E-B sans date lisible.",
                "Prélèvement rejeté E2E-C en CHF : seuls les euros sont gérés.",
            ],
            parsed.Problems.Select(p => p.Reason));
    }

    private const string Pain002V3 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.03" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
          <CstmrPmtStsRpt>
            <GrpHdr>
              <MsgId>CMCIFR2A-STS-20260409-0012</MsgId>
              <CreDtTm>2026-04-09T06:12:44</CreDtTm>
              <DbtrAgt><FinInstnId><BIC>CMCIFR2A</BIC></FinInstnId></DbtrAgt>
            </GrpHdr>
            <OrgnlGrpInfAndSts>
              <OrgnlMsgId>MSG-2026-04-0001</OrgnlMsgId>
              <OrgnlMsgNmId>pain.008.001.02</OrgnlMsgNmId>
              <GrpSts>PART</GrpSts>
            </OrgnlGrpInfAndSts>
            <OrgnlPmtInfAndSts>
              <OrgnlPmtInfId>PMT-2026-04-RCUR</OrgnlPmtInfId>
              <PmtInfSts>PART</PmtInfSts>
              <TxInfAndSts>
                <StsId>STS-000001</StsId>
                <OrgnlEndToEndId>E2E-2026-04-000017</OrgnlEndToEndId>
                <TxSts>RJCT</TxSts>
                <StsRsnInf>
                  <Orgtr><Id><OrgId><BICOrBEI>CCBPFRPP</BICOrBEI></OrgId></Id></Orgtr>
                  <Rsn><Cd>AM04</Cd></Rsn>
                </StsRsnInf>
                <AcctSvcrRef>BQ-REJ-000871</AcctSvcrRef>
                <OrgnlTxRef>
                  <Amt><InstdAmt Ccy="EUR">30.00</InstdAmt></Amt>
                  <ReqdColltnDt>2026-04-10</ReqdColltnDt>
                  <MndtRltdInf><MndtId>RUM-2025-000412</MndtId><DtOfSgntr>2025-11-02</DtOfSgntr></MndtRltdInf>
                  <Dbtr><Nm>Jean Martin</Nm></Dbtr>
                  <DbtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id></DbtrAcct>
                </OrgnlTxRef>
              </TxInfAndSts>
              <TxInfAndSts>
                <StsId>STS-000002</StsId>
                <OrgnlEndToEndId>E2E-2026-04-000018</OrgnlEndToEndId>
                <TxSts>RJCT</TxSts>
                <StsRsnInf>
                  <Rsn><Cd>MD01</Cd></Rsn>
                  <AddtlInf>MANDAT INCONNU</AddtlInf>
                </StsRsnInf>
                <OrgnlTxRef>
                  <Amt><InstdAmt Ccy="EUR">12.50</InstdAmt></Amt>
                  <ReqdColltnDt>2026-04-10</ReqdColltnDt>
                </OrgnlTxRef>
              </TxInfAndSts>
              <TxInfAndSts>
                <StsId>STS-000003</StsId>
                <OrgnlEndToEndId>E2E-2026-04-000019</OrgnlEndToEndId>
                <TxSts>ACCP</TxSts>
              </TxInfAndSts>
              <TxInfAndSts>
                <StsId>STS-000004</StsId>
                <TxSts>RJCT</TxSts>
                <StsRsnInf><Rsn><Cd>AC01</Cd></Rsn></StsRsnInf>
                <OrgnlTxRef>
                  <Amt><InstdAmt Ccy="EUR">10.00</InstdAmt></Amt>
                  <ReqdColltnDt>2026-04-10</ReqdColltnDt>
                </OrgnlTxRef>
              </TxInfAndSts>
            </OrgnlPmtInfAndSts>
            <OrgnlPmtInfAndSts>
              <OrgnlPmtInfId>PMT-2026-04-FRST</OrgnlPmtInfId>
              <PmtInfSts>RJCT</PmtInfSts>
              <StsRsnInf><Rsn><Cd>FF01</Cd></Rsn></StsRsnInf>
            </OrgnlPmtInfAndSts>
          </CstmrPmtStsRpt>
        </Document>
        """;

    private const string Pain002V10 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.002.001.10">
          <CstmrPmtStsRpt>
            <GrpHdr>
              <MsgId>SOGEFRPP-20260412-PSR-77</MsgId>
              <CreDtTm>2026-04-12T21:05:10+02:00</CreDtTm>
              <InitgPty><Nm>SOCIETE GENERALE</Nm></InitgPty>
            </GrpHdr>
            <OrgnlGrpInfAndSts>
              <OrgnlMsgId>MSG-2026-04-0002</OrgnlMsgId>
              <OrgnlMsgNmId>pain.008.001.08</OrgnlMsgNmId>
              <OrgnlNbOfTxs>3</OrgnlNbOfTxs>
              <GrpSts>PART</GrpSts>
            </OrgnlGrpInfAndSts>
            <OrgnlPmtInfAndSts>
              <OrgnlPmtInfId>PMT-2026-04-RCUR-B</OrgnlPmtInfId>
              <PmtInfSts>PART</PmtInfSts>
              <TxInfAndSts>
                <StsId>SG-STS-1</StsId>
                <OrgnlInstrId>INSTR-101</OrgnlInstrId>
                <OrgnlEndToEndId>E2E-2026-04-000101</OrgnlEndToEndId>
                <OrgnlUETR>9f3c0f0e-5d7c-4b8a-8f5e-2a5d0c8b7a11</OrgnlUETR>
                <TxSts>RJCT</TxSts>
                <StsRsnInf><Rsn><Cd>MS02</Cd></Rsn></StsRsnInf>
                <AcctSvcrRef>SG-20260412-0004</AcctSvcrRef>
                <OrgnlTxRef>
                  <Amt><InstdAmt Ccy="EUR">20.00</InstdAmt></Amt>
                  <ReqdColltnDt>2026-04-15</ReqdColltnDt>
                  <DbtrAgt><FinInstnId><BICFI>SOGEFRPP</BICFI></FinInstnId></DbtrAgt>
                </OrgnlTxRef>
              </TxInfAndSts>
            </OrgnlPmtInfAndSts>
            <OrgnlPmtInfAndSts>
              <OrgnlPmtInfId>PMT-2026-04-RCUR-C</OrgnlPmtInfId>
              <PmtInfSts>RJCT</PmtInfSts>
              <StsRsnInf><Rsn><Cd>AC04</Cd></Rsn></StsRsnInf>
              <TxInfAndSts>
                <OrgnlEndToEndId>E2E-2026-04-000102</OrgnlEndToEndId>
                <OrgnlTxRef>
                  <Amt><InstdAmt Ccy="EUR">45.00</InstdAmt></Amt>
                  <ReqdColltnDt>2026-04-15</ReqdColltnDt>
                </OrgnlTxRef>
              </TxInfAndSts>
            </OrgnlPmtInfAndSts>
          </CstmrPmtStsRpt>
        </Document>
        """;

    private const string Camt054V2 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.02">
          <BkToCstmrDbtCdtNtfctn>
            <GrpHdr><MsgId>BNPA-054-20260420-01</MsgId><CreDtTm>2026-04-20T05:30:00</CreDtTm></GrpHdr>
            <Ntfctn>
              <Id>NTF-20260420-01</Id>
              <CreDtTm>2026-04-20T05:30:00</CreDtTm>
              <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id><Ccy>EUR</Ccy></Acct>
              <Ntry>
                <Amt Ccy="EUR">1264.57</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <Sts>BOOK</Sts>
                <BookgDt><Dt>2026-04-15</Dt></BookgDt>
                <ValDt><Dt>2026-04-15</Dt></ValDt>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>ESDD</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls>
                  <Btch><PmtInfId>PMT-2026-04-RCUR</PmtInfId><NbOfTxs>2</NbOfTxs></Btch>
                  <TxDtls><Refs><EndToEndId>E2E-2026-04-000030</EndToEndId></Refs></TxDtls>
                  <TxDtls><Refs><EndToEndId>E2E-2026-04-000031</EndToEndId></Refs></TxDtls>
                </NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">30.00</Amt>
                <CdtDbtInd>DBIT</CdtDbtInd>
                <Sts>BOOK</Sts>
                <BookgDt><Dt>2026-04-20</Dt></BookgDt>
                <ValDt><Dt>2026-04-20</Dt></ValDt>
                <AcctSvcrRef>BNP-NTRY-000912</AcctSvcrRef>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls>
                  <TxDtls>
                    <Refs>
                      <AcctSvcrRef>BNP-RET-2026-0419-0001</AcctSvcrRef>
                      <PmtInfId>PMT-2026-04-RCUR</PmtInfId>
                      <EndToEndId>E2E-2026-04-000031</EndToEndId>
                      <MndtId>RUM-2025-000413</MndtId>
                    </Refs>
                    <AmtDtls>
                      <InstdAmt><Amt Ccy="EUR">30.00</Amt></InstdAmt>
                      <TxAmt><Amt Ccy="EUR">30.00</Amt></TxAmt>
                    </AmtDtls>
                    <RltdPties><Dbtr><Nm>Paul Bernard</Nm></Dbtr></RltdPties>
                    <RtrInf>
                      <Rsn><Cd>AC04</Cd></Rsn>
                      <AddtlInf>COMPTE CLOTURE</AddtlInf>
                    </RtrInf>
                  </TxDtls>
                </NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">1.20</Amt>
                <CdtDbtInd>DBIT</CdtDbtInd>
                <Sts>BOOK</Sts>
                <BookgDt><Dt>2026-04-20</Dt></BookgDt>
                <BkTxCd><Domn><Cd>ACMT</Cd><Fmly><Cd>MDOP</Cd><SubFmlyCd>CHRG</SubFmlyCd></Fmly></Domn></BkTxCd>
              </Ntry>
            </Ntfctn>
          </BkToCstmrDbtCdtNtfctn>
        </Document>
        """;

    private const string Camt054V8 = """
        <?xml version="1.0" encoding="UTF-8"?>
        <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.054.001.08">
          <BkToCstmrDbtCdtNtfctn>
            <GrpHdr><MsgId>CEPA-054-20260519</MsgId><CreDtTm>2026-05-19T04:00:00+02:00</CreDtTm></GrpHdr>
            <Ntfctn>
              <Id>CEPA-NTF-1</Id>
              <Acct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></Acct>
              <Ntry>
                <NtryRef>1</NtryRef>
                <Amt Ccy="EUR">23.00</Amt>
                <CdtDbtInd>DBIT</CdtDbtInd>
                <Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-05-18</Dt></BookgDt>
                <ValDt><Dt>2026-05-18</Dt></ValDt>
                <AcctSvcrRef>CE-NTRY-5512</AcctSvcrRef>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls>
                  <Btch><NbOfTxs>2</NbOfTxs></Btch>
                  <TxDtls>
                    <Refs><AcctSvcrRef>CE-RTR-88812</AcctSvcrRef><EndToEndId>E2E-2026-05-000007</EndToEndId><MndtId>RUM-2024-000077</MndtId></Refs>
                    <Amt Ccy="EUR">15.00</Amt>
                    <CdtDbtInd>DBIT</CdtDbtInd>
                    <RtrInf><Rsn><Cd>MD06</Cd></Rsn></RtrInf>
                  </TxDtls>
                  <TxDtls>
                    <Refs><EndToEndId>E2E-2026-05-000008</EndToEndId></Refs>
                    <Amt Ccy="EUR">8.00</Amt>
                    <CdtDbtInd>DBIT</CdtDbtInd>
                    <RtrInf><Rsn><Cd>AM04</Cd></Rsn></RtrInf>
                  </TxDtls>
                </NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">62.00</Amt>
                <CdtDbtInd>DBIT</CdtDbtInd>
                <Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><DtTm>2026-05-19T03:10:00+02:00</DtTm></BookgDt>
                <AcctSvcrRef>CE-NTRY-5513</AcctSvcrRef>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>UPDD</SubFmlyCd></Fmly></Domn></BkTxCd>
                <NtryDtls>
                  <TxDtls>
                    <Refs><EndToEndId>E2E-2026-05-000009</EndToEndId></Refs>
                    <AmtDtls><TxAmt><Amt Ccy="EUR">50.00</Amt></TxAmt></AmtDtls>
                    <RtrInf><Rsn><Cd>ZZ99</Cd></Rsn></RtrInf>
                  </TxDtls>
                  <TxDtls>
                    <Refs><InstrId>INSTR-XYZ</InstrId></Refs>
                    <Amt Ccy="EUR">12.00</Amt>
                    <RtrInf><Rsn><Cd>RR04</Cd></Rsn></RtrInf>
                  </TxDtls>
                </NtryDtls>
              </Ntry>
              <Ntry>
                <Amt Ccy="EUR">845.00</Amt>
                <CdtDbtInd>CRDT</CdtDbtInd>
                <Sts><Cd>BOOK</Cd></Sts>
                <BookgDt><Dt>2026-05-15</Dt></BookgDt>
                <BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RDDT</Cd><SubFmlyCd>ESDD</SubFmlyCd></Fmly></Domn></BkTxCd>
              </Ntry>
            </Ntfctn>
          </BkToCstmrDbtCdtNtfctn>
        </Document>
        """;
}
