using CrmBlazor.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CrmBlazor.Infrastructure.Deposits;

/// <summary>
/// Prints the slip handed to the bank with a deposit of cheques and cash: account, deposit, every cheque in a
/// table that runs over as many A4 pages as needed (header repeated, running total carried from page to page),
/// then the totals. Stateless and thread-safe.
/// </summary>
public sealed class DepositSlipPdfRenderer
{
    private const double TableBottom = 276;
    private const double FooterTop = 284;

    public byte[] Render(DepositSlip slip)
    {
        ArgumentNullException.ThrowIfNull(slip);
        using var document = PdfLibrary.NewDocument();
        document.Info.Title = $"{DepositSlipHeader.Title} n° {slip.DepositNumber}";
        document.Info.Creator = "CrmBlazor";
        var fonts = new DepositSlipFonts();

        var (page, y) = NewPage(document, fonts, slip, first: true);
        if (slip.Cheques.Count == 0)
        {
            page.Canvas.Text("Aucun chèque dans cette remise.", fonts.Body, DepositSlipTable.Left, y);
            y += 8;
        }
        else
        {
            (page, y) = DrawCheques(document, fonts, slip, page, y);
        }

        if (y + 4 + DepositSlipTotalsBlock.Height > TableBottom)
        {
            page.Dispose();
            (page, y) = NewPage(document, fonts, slip, first: false);
        }

        DepositSlipTotalsBlock.Draw(page.Canvas, fonts, DepositSlipTotals.Of(slip), y + 4);
        page.Dispose();
        NumberPages(document, fonts);

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    private static (OpenPage Page, double Y) DrawCheques(PdfDocument document, DepositSlipFonts fonts, DepositSlip slip, OpenPage page, double y)
    {
        var runningTotal = 0m;
        y = DepositSlipTable.HeaderRow(page.Canvas, fonts, y);
        for (var i = 0; i < slip.Cheques.Count; i++)
        {
            // Room for this row and the « À reporter » row under it; otherwise carry over to a new page.
            if (y + 2 * DepositSlipTable.RowHeight > TableBottom)
            {
                DepositSlipTable.CarriedRow(page.Canvas, fonts, "À reporter", runningTotal, y);
                page.Dispose();
                (page, y) = NewPage(document, fonts, slip, first: false);
                y = DepositSlipTable.HeaderRow(page.Canvas, fonts, y);
                y = DepositSlipTable.CarriedRow(page.Canvas, fonts, "Report", runningTotal, y);
            }

            y = DepositSlipTable.ChequeRow(page.Canvas, fonts, i, slip.Cheques[i], y);
            runningTotal += slip.Cheques[i].Amount;
        }

        return (page, y);
    }

    private static (OpenPage Page, double Y) NewPage(PdfDocument document, DepositSlipFonts fonts, DepositSlip slip, bool first)
    {
        var page = new OpenPage(document);
        var y = first
            ? DepositSlipHeader.DrawFirst(page.Canvas, fonts, slip)
            : DepositSlipHeader.DrawContinued(page.Canvas, fonts, slip);
        return (page, y);
    }

    /// <summary>« Page 2 / 3 » needs the page count, known only once every cheque is placed.</summary>
    private static void NumberPages(PdfDocument document, DepositSlipFonts fonts)
    {
        for (var i = 0; i < document.PageCount; i++)
        {
            using var graphics = XGraphics.FromPdfPage(document.Pages[i], XGraphicsPdfPageOptions.Append);
            new PageCanvas(graphics).TextRight($"Page {i + 1} / {document.PageCount}", fonts.Small, 195, FooterTop);
        }
    }

    private sealed class OpenPage : IDisposable
    {
        private readonly XGraphics _graphics;

        public OpenPage(PdfDocument document)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            _graphics = XGraphics.FromPdfPage(page);
            Canvas = new PageCanvas(_graphics);
        }

        public PageCanvas Canvas { get; }

        public void Dispose() => _graphics.Dispose();
    }
}
