using System.Globalization;
using System.Text;
using System.Xml.Linq;
using CrmBlazor.Application.Recurring.Sepa;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>The pain.008.001.02 file for the bank: valid against the ISO schema, sums right, odd text cleaned, bad input refused.</summary>
public sealed class Pain008WriterTests
{
    private static readonly XNamespace Ns = Pain008Writer.Namespace;
    private static readonly DateTimeOffset CreatedAt = new(2026, 4, 2, 7, 30, 0, TimeSpan.Zero);
    private static readonly SepaCreditor Creditor = new("Les Amis de la Forêt", "FR76 3000 6000 0112 3456 7890 189", "AGRIFRPP", "FR72ZZZ123456");

    internal static SepaDebit Debit(string endToEndId, decimal amount, string name = "Marie Dupont", string? bic = null) =>
        new(endToEndId, amount, "RUM-2026-000001", new DateOnly(2026, 3, 1), name, "FR14 2004 1010 0505 0001 3M02 606", bic, "Don regulier avril 2026");

    private static IReadOnlyList<SepaBatch> FirstAndRecurring() =>
    [
        new("PMT-2026-04-FRST", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-1", 10m), Debit("E2E-2", 25.50m, bic: "CCBPFRPPMAR")]),
        new("PMT-2026-04-RCUR", SepaSequence.Recurring, new DateOnly(2026, 4, 15), [Debit("E2E-3", 30m), Debit("E2E-4", 0.01m), Debit("E2E-5", 1234.56m)]),
    ];

    internal static byte[] Write(IReadOnlyList<SepaBatch> batches, SepaCreditor? creditor = null)
    {
        using var output = new MemoryStream();
        Pain008Writer.Write(output, "MSG-2026-04-0001", CreatedAt, creditor ?? Creditor, batches);
        return output.ToArray();
    }

    internal static IReadOnlyList<string> Validate(byte[] file) => Pain008Schema.Validate(new MemoryStream(file));

    [Fact]
    public void A_file_with_a_FRST_and_a_RCUR_batch_is_valid_against_the_schema()
    {
        var file = Write(FirstAndRecurring());

        Assert.Empty(Validate(file));
        var document = XDocument.Load(new MemoryStream(file));
        var batches = document.Descendants(Ns + "PmtInf").ToList();
        Assert.Equal(["FRST", "RCUR"], batches.Select(b => b.Descendants(Ns + "SeqTp").Single().Value));
        Assert.Equal(["2026-04-10", "2026-04-15"], batches.Select(b => b.Element(Ns + "ReqdColltnDt")!.Value));
        Assert.Equal("2026-04-02T09:30:00", document.Descendants(Ns + "CreDtTm").Single().Value);
        Assert.Equal("FR72ZZZ123456", batches[0].Element(Ns + "CdtrSchmeId")!.Descendants(Ns + "Id").Last().Value);
        Assert.Equal("FR7630006000011234567890189", batches[0].Element(Ns + "CdtrAcct")!.Value);
        var firstDebit = batches[0].Elements(Ns + "DrctDbtTxInf").First();
        Assert.Equal(Pain008Writer.NotProvided, firstDebit.Element(Ns + "DbtrAgt")!.Value);
        Assert.Equal("CCBPFRPPMAR", batches[0].Elements(Ns + "DrctDbtTxInf").Last().Element(Ns + "DbtrAgt")!.Value);
        Assert.Equal(("RUM-2026-000001", "2026-03-01"), (firstDebit.Descendants(Ns + "MndtId").Single().Value, firstDebit.Descendants(Ns + "DtOfSgntr").Single().Value));
        Assert.Equal("FR1420041010050500013M02606", firstDebit.Element(Ns + "DbtrAcct")!.Value);
    }

    [Fact]
    public void Counts_and_control_sums_match_the_debits_of_each_batch_and_of_the_file()
    {
        var document = XDocument.Load(new MemoryStream(Write(FirstAndRecurring())));

        var header = document.Descendants(Ns + "GrpHdr").Single();
        Assert.Equal(("5", "1300.07"), (header.Element(Ns + "NbOfTxs")!.Value, header.Element(Ns + "CtrlSum")!.Value));
        var batches = document.Descendants(Ns + "PmtInf").ToList();
        Assert.Equal([("2", "35.50"), ("3", "1264.57")], batches.Select(b => (b.Element(Ns + "NbOfTxs")!.Value, b.Element(Ns + "CtrlSum")!.Value)));
        Assert.Equal(
            ["10.00", "25.50", "30.00", "0.01", "1234.56"],
            document.Descendants(Ns + "InstdAmt").Select(a => a.Value));
        Assert.All(document.Descendants(Ns + "InstdAmt"), a => Assert.Equal("EUR", a.Attribute("Ccy")!.Value));
        foreach (var batch in batches)
        {
            var amounts = batch.Descendants(Ns + "InstdAmt").Sum(a => decimal.Parse(a.Value, CultureInfo.InvariantCulture));
            Assert.Equal(decimal.Parse(batch.Element(Ns + "CtrlSum")!.Value, CultureInfo.InvariantCulture), amounts);
        }
    }

    [Fact]
    public void Accents_and_odd_characters_in_free_text_are_cleaned_and_the_file_stays_valid()
    {
        var odd = Debit("E2E-ODD", 15m, name: "Zoé Lefèvre-Dûval & Fils ™") with
        {
            RemittanceInformation = "Don régulier « Forêt » n°12 — merci ! " + new string('x', 200),
        };
        var creditor = Creditor with { Name = "Les Amis de la Forêt & Cie <Lyon>" };

        var file = Write([new("PMT-ODD", SepaSequence.Recurring, new DateOnly(2026, 4, 15), [odd])], creditor);

        Assert.Empty(Validate(file));
        var document = XDocument.Load(new MemoryStream(file));
        Assert.Equal("Zoe Lefevre-Duval   Fils", document.Descendants(Ns + "Dbtr").Single().Value);
        Assert.Equal("Les Amis de la Foret   Cie  Lyon", document.Descendants(Ns + "Cdtr").Single().Value);
        var remittance = document.Descendants(Ns + "Ustrd").Single().Value;
        Assert.StartsWith("Don regulier   Foret   n 12   merci", remittance, StringComparison.Ordinal);
        Assert.Equal(Pain008Writer.RemittanceMaxLength, remittance.Length);
        Assert.True(SepaText.IsAllowed(remittance));
    }

    [Fact]
    public void Validate_reports_a_schema_violation_with_its_line()
    {
        var valid = Encoding.UTF8.GetString(Write(FirstAndRecurring()));
        var wrongSequence = Encoding.UTF8.GetBytes(valid.Replace("<SeqTp>RCUR</SeqTp>", "<SeqTp>NEXT</SeqTp>", StringComparison.Ordinal));
        var noEndToEndId = Encoding.UTF8.GetBytes(valid.Replace("<EndToEndId>E2E-3</EndToEndId>", "", StringComparison.Ordinal));

        var sequenceErrors = Validate(wrongSequence);
        Assert.Single(sequenceErrors);
        Assert.Contains("NEXT", sequenceErrors[0], StringComparison.Ordinal);
        Assert.StartsWith("Line ", sequenceErrors[0], StringComparison.Ordinal);
        Assert.Contains(Validate(noEndToEndId), e => e.Contains("EndToEndId", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_reports_malformed_XML_and_a_document_that_is_not_a_pain_008()
    {
        var truncated = Write(FirstAndRecurring())[..600];
        var otherMessage = Encoding.UTF8.GetBytes(
            """<?xml version="1.0"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn/></Document>""");

        Assert.NotEmpty(Validate(truncated));
        Assert.NotEmpty(Validate(otherMessage));
    }

    private static readonly Dictionary<string, (Func<IReadOnlyList<SepaBatch>> Batches, SepaCreditor Creditor)> InvalidInputs = new()
    {
        ["no batch"] = (() => [], Creditor),
        ["a batch without debit"] = (() => [new("PMT-EMPTY", SepaSequence.First, new DateOnly(2026, 4, 10), [])], Creditor),
        ["a wrong debtor IBAN"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-1", 10m) with { DebtorIban = "FR14 2004 1010 0505 0001 3M02 607" }])], Creditor),
        ["an end-to-end id twice"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-1", 10m)]), new("PMT-2", SepaSequence.Recurring, new DateOnly(2026, 4, 10), [Debit("E2E-1", 12m)])], Creditor),
        ["an end-to-end id with an accent"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-é", 10m)])], Creditor),
        ["a RUM of 36 characters"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-1", 10m) with { MandateReference = new string('R', 36) }])], Creditor),
        ["a zero amount"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-1", 0m)])], Creditor),
        ["a third decimal"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-1", 10.005m)])], Creditor),
        ["a mandate signed after the collection"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 2, 10), [Debit("E2E-1", 10m)])], Creditor),
        ["a debtor name of symbols only"] = (() => [new("PMT-1", SepaSequence.First, new DateOnly(2026, 4, 10), [Debit("E2E-1", 10m, name: "★ ☆")])], Creditor),
        ["a wrong ICS"] = (() => FirstAndRecurring(), Creditor with { CreditorId = "FR73ZZZ123456" }),
        ["a wrong creditor BIC"] = (() => FirstAndRecurring(), Creditor with { Bic = "AGRIFR" }),
    };

    public static TheoryData<string> InvalidInputNames => new(InvalidInputs.Keys);

    [Theory]
    [MemberData(nameof(InvalidInputNames))]
    public void Invalid_input_is_refused_before_anything_is_written(string why)
    {
        var (batches, creditor) = InvalidInputs[why];
        using var output = new MemoryStream();

        Assert.Throws<ArgumentException>(() => Pain008Writer.Write(output, "MSG-1", CreatedAt, creditor, batches()));

        Assert.True(output.Length == 0, why);
    }

    [Fact]
    public void A_message_id_outside_the_SEPA_rules_is_refused()
    {
        using var output = new MemoryStream();

        Assert.Throws<ArgumentException>(() => Pain008Writer.Write(output, "MSG//1", CreatedAt, Creditor, FirstAndRecurring()));
        Assert.Throws<ArgumentException>(() => Pain008Writer.Write(output, new string('M', 36), CreatedAt, Creditor, FirstAndRecurring()));
        Assert.Equal(0, output.Length);
    }

    [Fact]
    public void The_writer_checks_text_against_the_same_character_set_as_SepaText()
    {
        var differing = Enumerable.Range(0, 0x3000).Select(c => ((char)c).ToString())
            .Where(c => Pain008Writer.IsSepaText(c) != SepaText.IsAllowed(c));

        Assert.Empty(differing);
    }
}
