using CrmBlazor.Infrastructure.Pdf;

namespace CrmBlazor.Infrastructure.Deposits;

/// <summary>Who deposits, into which account, which deposit: the first page's head, and a reminder line on the next ones.</summary>
internal static class DepositSlipHeader
{
    public const string Title = "Bordereau de remise de chèques et d'espèces";

    private const double Left = 15;
    private const double Right = 195;
    private const double Width = Right - Left;

    public static double DrawFirst(PageCanvas canvas, DepositSlipFonts fonts, DepositSlip slip)
    {
        var y = canvas.Paragraph(slip.OrganisationName, fonts.Organisation, Left, 14, 110, maxLines: 2);
        canvas.TextRight($"Remise n° {slip.DepositNumber}", fonts.BodyBold, Right, 14);
        canvas.TextRight($"du {FrenchFormat.Date(slip.DepositedOn)}", fonts.Body, Right, 18);

        y = Math.Max(y, 24) + 4;
        y = canvas.Paragraph(Title, fonts.Title, Left, y, Width) + 4;

        var boxTop = y;
        y += 2;
        var x = Left + 3;
        var width = Width - 6;
        y = Field(canvas, fonts, "Banque :", slip.BankName, x, y, width);
        y = Field(canvas, fonts, "Titulaire du compte :", slip.AccountHolder, x, y, width);
        y = Field(canvas, fonts, "IBAN :", IbanFormat.Grouped(slip.Iban), x, y, width);
        if (!string.IsNullOrWhiteSpace(slip.Bic))
        {
            y = Field(canvas, fonts, "BIC :", slip.Bic.Trim(), x, y, width);
        }

        var batches = slip.BatchNumbers.Count == 0 ? "—" : string.Join(", ", slip.BatchNumbers);
        y = FormLayout.Field(canvas, "Lots d'encaissement :", batches, fonts.BodyBold, fonts.Body, x, y, width, maxLines: 4) + 1.5;
        canvas.Rectangle(Left, boxTop, Width, y - boxTop);
        return y + 6;
    }

    public static double DrawContinued(PageCanvas canvas, DepositSlipFonts fonts, DepositSlip slip)
    {
        canvas.Text($"{Title} — remise n° {slip.DepositNumber} du {FrenchFormat.Date(slip.DepositedOn)} (suite)", fonts.BodyBold, Left, 14);
        canvas.Text(slip.OrganisationName, fonts.Body, Left, 18.5);
        return 28;
    }

    private static double Field(PageCanvas canvas, DepositSlipFonts fonts, string label, string value, double x, double y, double width) =>
        FormLayout.Field(canvas, label, value, fonts.BodyBold, fonts.Body, x, y, width, maxLines: 2) + 0.8;
}
