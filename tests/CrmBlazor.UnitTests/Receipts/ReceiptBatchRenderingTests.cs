using System.Text;
using System.Text.RegularExpressions;
using CrmBlazor.Infrastructure.Receipts;
using CrmBlazor.UnitTests.TestSupport;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace CrmBlazor.UnitTests.Receipts;

public sealed class ReceiptBatchRenderingTests
{
    private static readonly ReceiptPdfRenderer Renderer = new();
    public ReceiptBatchRenderingTests() => PdfLicense.EnsureLoaded();

    private static byte[] RenderMany(IEnumerable<ReceiptPrint> receipts, ReceiptIssuer? issuer = null)
    {
        using var output = new MemoryStream();
        Renderer.RenderMany(issuer ?? ReceiptSamples.Issuer(), receipts, output);
        return output.ToArray();
    }

    private static ReceiptPrint Numbered(int i) => ReceiptSamples.PerGift(number: $"RF-2026-{i:D6}", amount: 10m + i);

    [Fact]
    public void A_batch_prints_one_page_per_receipt_in_the_given_order()
    {
        int[] order = [7, 3, 12, 1, 5];

        var pages = PdfText.Pages(RenderMany(order.Select(Numbered)));

        Assert.Equal(order.Length, pages.Count);
        for (var k = 0; k < order.Length; k++)
        {
            Assert.Contains($"RF-2026-{order[k]:D6}", pages[k]);
            Assert.Contains($"***{10 + order[k]},00 €***", pages[k]);
        }
    }

    [Fact]
    public void The_batch_is_written_to_the_stream_which_stays_open()
    {
        using var output = new MemoryStream();

        Renderer.RenderMany(ReceiptSamples.Issuer(), [Numbered(1)], output);

        Assert.True(output.CanWrite);
        Assert.StartsWith("%PDF-", Encoding.ASCII.GetString(output.ToArray(), 0, 5));
    }

    [Fact]
    public void An_empty_batch_is_refused_rather_than_written_as_a_broken_pdf() =>
        Assert.Throws<ArgumentException>(() => RenderMany([]));

    [Fact]
    public void The_signature_is_printed_on_every_page_and_embedded_once()
    {
        var issuer = ReceiptSamples.Issuer(signature: ReceiptSamples.SignaturePng);

        var one = RenderMany([Numbered(1)], issuer);
        var five = RenderMany(Enumerable.Range(1, 5).Select(Numbered), issuer);

        using var document = PdfDocument.Open(five);
        Assert.All(document.GetPages(), page => Assert.Single(page.GetImages()));
        Assert.Equal(1, ImageObjects(one));
        Assert.Equal(1, ImageObjects(five));
    }

    [Fact]
    public void Long_free_texts_wrap_inside_the_page_and_keep_the_receipt_on_one_page()
    {
        var longObject = string.Concat(Enumerable.Repeat("Soutenir les familles et les bénévoles engagés dans la protection de l'environnement naturel. ", 12));
        var longStreet = "Bâtiment C, escalier 4, appartement 1207, résidence des Grands Chênes centenaires, 145 boulevard du Maréchal de Lattre de Tassigny prolongé";
        var donor = ReceiptSamples.Donor(
            addressLines: ["Monsieur Jean-Baptiste DE LA ROCHEFOUCAULD-MONTMORENCY", "RESIDENCE DES GRANDS CHENES CENTENAIRES", "75002 PARIS"],
            street: longStreet);

        var pdf = Renderer.Render(ReceiptSamples.Issuer(@object: longObject), ReceiptSamples.PerGift(donor: donor));

        using var document = PdfDocument.Open(pdf);
        var page = Assert.Single(document.GetPages());
        Assert.All(page.Letters, letter =>
        {
            Assert.InRange(letter.BoundingBox.Left, 0, page.Width);
            Assert.InRange(letter.BoundingBox.Right, 0, page.Width);
        });
        var text = PdfText.SinglePage(pdf);
        Assert.Contains("Adresse : Bâtiment C, escalier 4", text);
        Assert.Contains("…", text);
        Assert.True(Bottom(page, "Trésorière") > FootnotesTop(page), "the signature block must end above the footnotes");
    }

    [Fact]
    public async Task Receipts_render_in_parallel_each_into_its_own_document()
    {
        var renders = Enumerable.Range(1, 8)
            .Select(i => Task.Run(() => (Number: i, Pdf: Renderer.Render(ReceiptSamples.Issuer(signature: ReceiptSamples.SignaturePng), Numbered(i)))));

        var results = await Task.WhenAll(renders);

        Assert.All(results, result => Assert.Contains($"RF-2026-{result.Number:D6}", PdfText.SinglePage(result.Pdf)));
    }

    private static int ImageObjects(byte[] pdf) =>
        Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Subtype\s*/Image").Count;

    // PdfPig's y axis points up: a block's bottom has the smaller y.
    private static double Bottom(Page page, string word) =>
        page.GetWords().First(w => w.Text == word).BoundingBox.Bottom;

    // « (1) » is also printed beside the amount; the footnote is the lowest one.
    private static double FootnotesTop(Page page) =>
        page.GetWords().Where(w => w.Text == "(1)").Min(w => w.BoundingBox.Top);
}
