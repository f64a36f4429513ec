using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>The top third of the sheet, above the first fold: who writes, which form, which receipt, to whom.</summary>
internal static class ReceiptLetterhead
{
    private const double Top = 12;
    private const double IssuerWidth = 90;
    private const double NumberBoxWidth = 55;
    private static readonly XBrush BannerBrush = new XSolidBrush(XColor.FromArgb(180, 20, 20));

    public static void Draw(PageCanvas canvas, ReceiptFonts fonts, ReceiptIssuer issuer, ReceiptPrint receipt)
    {
        DrawIssuer(canvas, fonts, issuer);
        DrawFormIdentity(canvas, fonts, receipt);
        canvas.Paragraph(CerfaTexts.Title, fonts.Title, ReceiptPage.Left, WindowEnvelope.Top, WindowEnvelope.Left - ReceiptPage.Left - 8);
        WindowEnvelope.DrawAddress(canvas, receipt.Donor.AddressLines, fonts.Address);
    }

    private static void DrawIssuer(PageCanvas canvas, ReceiptFonts fonts, ReceiptIssuer issuer)
    {
        var y = canvas.Paragraph(issuer.Name, fonts.IssuerName, ReceiptPage.Left, Top, IssuerWidth, maxLines: 2);
        var lines = new List<string> { issuer.Street, $"{issuer.PostCode} {issuer.City}" };
        if (!IsFrance(issuer.Country))
        {
            lines.Add(issuer.Country);
        }

        foreach (var line in lines)
        {
            y = canvas.Paragraph(line, fonts.Body, ReceiptPage.Left, y, IssuerWidth, maxLines: 2);
        }
    }

    private static void DrawFormIdentity(PageCanvas canvas, ReceiptFonts fonts, ReceiptPrint receipt)
    {
        var right = ReceiptPage.Right;
        canvas.TextRight(CerfaTexts.FormNumber, fonts.FormNumber, right, Top);
        canvas.TextRight(CerfaTexts.CerfaNumber, fonts.Body, right, Top + 5.5);
        canvas.TextRight(CerfaTexts.ReceiptNumber, fonts.BodyBold, right, Top + 10);
        canvas.Rectangle(right - NumberBoxWidth, Top + 14, NumberBoxWidth, 7);
        canvas.TextCentred(receipt.Number, fonts.Amount, right - NumberBoxWidth / 2, Top + 15.3);

        var marks = Marks(receipt);
        if (marks.Length > 0)
        {
            // Above the envelope window, so the mark is read before the receipt is unfolded.
            canvas.TextRight(marks, fonts.Banner, right, Top + 23.5, BannerBrush);
        }
    }

    private static string Marks(ReceiptPrint receipt) => (receipt.IsDuplicate, receipt.IsCancelled) switch
    {
        (true, true) => $"{CerfaTexts.Duplicate} – {CerfaTexts.Cancelled}",
        (true, false) => CerfaTexts.Duplicate,
        (false, true) => CerfaTexts.Cancelled,
        _ => "",
    };

    private static bool IsFrance(string country) =>
        string.IsNullOrWhiteSpace(country) || country.Trim().Equals("France", StringComparison.OrdinalIgnoreCase);
}
