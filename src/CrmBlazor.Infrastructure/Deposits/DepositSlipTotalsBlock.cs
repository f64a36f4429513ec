using System.Globalization;
using CrmBlazor.Infrastructure.Pdf;

namespace CrmBlazor.Infrastructure.Deposits;

/// <summary>The closing summary: cheques, cash, the deposit's total, and room for the depositor's signature.</summary>
internal static class DepositSlipTotalsBlock
{
    public const double Height = 52;

    private const double Left = 15;
    private const double Width = 180;
    private const double LabelsLeft = Left + 3;
    private const double AmountsRight = Left + Width - 3;

    public static void Draw(PageCanvas canvas, DepositSlipFonts fonts, DepositSlipTotals totals, double top)
    {
        var lineStep = PageCanvas.LineHeight(fonts.Body) + 1.2;
        var y = top + 2;
        y = Line(canvas, fonts, $"Nombre de chèques : {Count(totals.ChequeCount)}", "Total des chèques :", totals.ChequeTotal, y, lineStep);
        y = Line(canvas, fonts, $"Nombre de versements en espèces : {Count(totals.CashCount)}", "Total des espèces :", totals.CashTotal, y, lineStep);
        canvas.Line(Left + 100, y, Left + Width - 2, y);
        y += 1.5;
        canvas.Text("Total de la remise :", fonts.GrandTotal, Left + 103, y);
        canvas.TextRight(FrenchFormat.Euros(totals.GrandTotal), fonts.GrandTotal, AmountsRight, y);
        y += PageCanvas.LineHeight(fonts.GrandTotal) + 2;
        canvas.Rectangle(Left, top, Width, y - top);

        y += 4;
        canvas.Text("Signature du remettant", fonts.BodyBold, Left + Width - 70, y);
        canvas.Rectangle(Left + Width - 70, y + PageCanvas.LineHeight(fonts.BodyBold) + 1, 70, 18);
    }

    private static double Line(PageCanvas canvas, DepositSlipFonts fonts, string count, string totalLabel, decimal total, double y, double step)
    {
        canvas.Text(count, fonts.Body, LabelsLeft, y);
        canvas.Text(totalLabel, fonts.BodyBold, Left + 103, y);
        canvas.TextRight(FrenchFormat.Euros(total), fonts.BodyBold, AmountsRight, y);
        return y + step;
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);
}
