using System.Globalization;
using CrmBlazor.Infrastructure.Deposits;
using CrmBlazor.Infrastructure.Pdf;
using CrmBlazor.UnitTests.TestSupport;

namespace CrmBlazor.UnitTests.Deposits;

public sealed class DepositSlipPdfRendererTests
{
    private static readonly DepositSlipPdfRenderer Renderer = new();

    public DepositSlipPdfRendererTests() => PdfLicense.EnsureLoaded();

    private static IReadOnlyList<string> Pages(DepositSlip slip) => PdfText.Pages(Renderer.Render(slip));

    private static string Euros(decimal amount) => FrenchFormat.Euros(amount).Replace(FrenchFormat.GroupSpace, ' ');

    [Fact]
    public void The_head_gives_the_title_the_account_with_its_iban_in_groups_of_four_the_deposit_and_its_batches()
    {
        var first = Pages(DepositSlipSamples.Slip(DepositSlipSamples.Cheques(3)))[0];

        Assert.Contains("Bordereau de remise de chèques et d'espèces", first);
        Assert.Contains("Banque : Crédit Mutuel de Bretagne", first);
        Assert.Contains("Titulaire du compte : Assoc. Amis Forêt Brocéliande", first);
        Assert.Contains("IBAN : FR76 3000 6000 0112 3456 7890 189", first);
        Assert.Contains("BIC : CMBRFR2BXXX", first);
        Assert.Contains("Remise n° REM-2026-0042", first);
        Assert.Contains("du 09/03/2026", first);
        Assert.Contains("Lots d'encaissement : LOT-2026-0101, LOT-2026-0102", first);
    }

    [Fact]
    public void Forty_cheques_run_over_several_pages_with_the_header_repeated_and_every_cheque_once()
    {
        var cheques = DepositSlipSamples.Cheques(40);

        var pages = Pages(DepositSlipSamples.Slip(cheques));

        Assert.True(pages.Count >= 2, $"expected several pages, got {pages.Count}");
        var pagesWithCheques = pages.Where(page => cheques.Any(c => page.Contains(c.ChequeNumber, StringComparison.Ordinal))).ToList();
        Assert.True(pagesWithCheques.Count >= 2, "the cheques should spread over several pages");
        Assert.All(pagesWithCheques, page => Assert.Contains("N° Tireur Banque Numéro de chèque Montant", page));
        var all = string.Join(' ', pages);
        Assert.All(cheques, cheque => Assert.Single(Occurrences(all, cheque.ChequeNumber)));
        Assert.All(cheques, cheque => Assert.Contains($"{cheque.ChequeNumber} {Euros(cheque.Amount)}", all));
        for (var k = 0; k < pages.Count; k++)
        {
            Assert.Contains($"Page {k + 1} / {pages.Count}", pages[k]);
        }
    }

    [Fact]
    public void Each_full_page_carries_its_running_total_to_the_next()
    {
        var cheques = DepositSlipSamples.Cheques(40);

        var pages = Pages(DepositSlipSamples.Slip(cheques));

        var carried = 0m;
        for (var k = 0; k < pages.Count - 1; k++)
        {
            var onPage = cheques.Where(c => pages[k].Contains(c.ChequeNumber, StringComparison.Ordinal)).ToList();
            if (onPage.Count == 0)
            {
                continue;
            }

            carried += onPage.Sum(c => c.Amount);
            Assert.Contains($"À reporter {Euros(carried)}", pages[k]);
            Assert.Contains($"Report {Euros(carried)}", pages[k + 1]);
        }

        Assert.True(carried > 0, "the first page should have carried a total over");
    }

    [Fact]
    public void The_totals_are_computed_from_the_lines()
    {
        var cheques = DepositSlipSamples.Cheques(40);
        var chequeTotal = cheques.Sum(c => c.Amount);

        var last = Pages(DepositSlipSamples.Slip(cheques, cashTotal: 1234.50m, cashCount: 7))[^1];

        Assert.Equal(1425m, chequeTotal);
        Assert.Contains("Nombre de chèques : 40", last);
        Assert.Contains($"Total des chèques : {Euros(chequeTotal)}", last);
        Assert.Contains("Nombre de versements en espèces : 7", last);
        Assert.Contains("Total des espèces : 1 234,50 €", last);
        Assert.Contains("Total de la remise : 2 659,50 €", last);
    }

    [Fact]
    public void A_deposit_of_cash_only_prints_one_page_without_a_cheque_table()
    {
        var pages = Pages(DepositSlipSamples.Slip([], cashTotal: 85.20m, cashCount: 2));

        var page = Assert.Single(pages);
        Assert.Contains("Aucun chèque dans cette remise.", page);
        Assert.DoesNotContain("Tireur", page);
        Assert.Contains("Nombre de chèques : 0", page);
        Assert.Contains("Total des chèques : 0,00 €", page);
        Assert.Contains("Total des espèces : 85,20 €", page);
        Assert.Contains("Total de la remise : 85,20 €", page);
    }

    [Fact]
    public void A_slip_without_bic_or_batches_still_prints()
    {
        var slip = DepositSlipSamples.Slip(DepositSlipSamples.Cheques(1)) with { Bic = null, BatchNumbers = [] };

        var page = Assert.Single(Pages(slip));

        Assert.DoesNotContain("BIC", page);
        Assert.Contains("Total de la remise : 161,25 €", page);
    }

    [Fact]
    public void Totals_count_every_line_and_add_cash_to_cheques()
    {
        var slip = DepositSlipSamples.Slip(DepositSlipSamples.Cheques(4), cashTotal: 20m, cashCount: 1);

        var totals = DepositSlipTotals.Of(slip);

        Assert.Equal(new DepositSlipTotals(4, 52.50m, 1, 20m), totals);
        Assert.Equal(72.50m, totals.GrandTotal);
    }

    [Theory]
    [InlineData("FR7630006000011234567890189", "FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("fr76 3000 6000 0112 3456 7890 189", "FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("DE89370400440532013000", "DE89 3704 0044 0532 0130 00")]
    public void An_iban_is_printed_in_groups_of_four(string iban, string grouped) =>
        Assert.Equal(grouped, IbanFormat.Grouped(iban));

    private static IEnumerable<int> Occurrences(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }
}
