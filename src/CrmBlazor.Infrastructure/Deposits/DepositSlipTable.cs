using System.Globalization;
using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Deposits;

/// <summary>The cheque table's columns and rows, in millimetres: « n°, tireur, banque, numéro de chèque, montant ».</summary>
internal static class DepositSlipTable
{
    public const double Left = 15;
    public const double Width = 180;
    public const double RowHeight = 5.5;

    private static readonly (string Title, double Width)[] Columns =
        [("N°", 12), ("Tireur", 62), ("Banque", 44), ("Numéro de chèque", 32), ("Montant", 30)];

    private const double AmountRight = Left + Width - 1.5;
    private const double TextInset = 1.5;

    public static double HeaderRow(PageCanvas canvas, DepositSlipFonts fonts, double y)
    {
        canvas.Rectangle(Left, y, Width, RowHeight, PageCanvas.ThinPen, Shading.Header);
        var x = Left;
        foreach (var (title, width) in Columns)
        {
            if (title == "Montant")
            {
                canvas.TextRight(title, fonts.BodyBold, AmountRight, TextTop(fonts, y));
            }
            else
            {
                canvas.Text(title, fonts.BodyBold, x + TextInset, TextTop(fonts, y));
            }

            x += width;
        }

        return y + RowHeight;
    }

    public static double ChequeRow(PageCanvas canvas, DepositSlipFonts fonts, int index, DepositSlipCheque cheque, double y)
    {
        canvas.Rectangle(Left, y, Width, RowHeight, PageCanvas.HairlinePen);
        string[] cells = [(index + 1).ToString(CultureInfo.InvariantCulture), cheque.DrawerName, cheque.Bank, cheque.ChequeNumber];
        var x = Left;
        for (var i = 0; i < cells.Length; i++)
        {
            // One line per cheque keeps the count of rows per page, hence the carried totals, predictable.
            var cell = canvas.Wrap(cells[i], fonts.Body, Columns[i].Width - 2 * TextInset, maxLines: 1)[0];
            canvas.Text(cell, fonts.Body, x + TextInset, TextTop(fonts, y));
            x += Columns[i].Width;
        }

        canvas.TextRight(FrenchFormat.Euros(cheque.Amount), fonts.Body, AmountRight, TextTop(fonts, y));
        return y + RowHeight;
    }

    /// <summary>« Report » at the top of a continued page, « À reporter » at the foot of a full one.</summary>
    public static double CarriedRow(PageCanvas canvas, DepositSlipFonts fonts, string label, decimal runningTotal, double y)
    {
        canvas.Rectangle(Left, y, Width, RowHeight, PageCanvas.ThinPen, Shading.Carried);
        canvas.TextRight(label, fonts.BodyBold, Left + Width - Columns[^1].Width - TextInset, TextTop(fonts, y));
        canvas.TextRight(FrenchFormat.Euros(runningTotal), fonts.BodyBold, AmountRight, TextTop(fonts, y));
        return y + RowHeight;
    }

    private static double TextTop(DepositSlipFonts fonts, double rowTop) => rowTop + (RowHeight - PageCanvas.LineHeight(fonts.Body)) / 2;

    private static class Shading
    {
        public static readonly XBrush Header = new XSolidBrush(XColor.FromArgb(226, 230, 236));
        public static readonly XBrush Carried = new XSolidBrush(XColor.FromArgb(242, 242, 242));
    }
}
