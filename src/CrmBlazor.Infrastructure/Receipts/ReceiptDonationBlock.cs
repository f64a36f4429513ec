using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>The « Don » block: amount in figures and words, dates, CGI articles, form, nature, payment mode, date and signature.</summary>
internal static class ReceiptDonationBlock
{
    private static readonly ReceiptPaymentMode[] PaymentModes =
        [ReceiptPaymentMode.Cash, ReceiptPaymentMode.Cheque, ReceiptPaymentMode.TransferDebitOrCard];

    public static double Draw(PageCanvas canvas, ReceiptFonts fonts, ReceiptIssuer issuer, XImage? signature, ReceiptPrint receipt, double top)
    {
        var x = ReceiptPage.ContentLeft;
        var width = ReceiptPage.ContentWidth;
        var y = FormLayout.Heading(canvas, CerfaTexts.DonationBlock, fonts.Heading, ReceiptPage.Left, top, ReceiptPage.Width);

        y = canvas.Paragraph(CerfaTexts.AmountReceived, fonts.Body, x, y, width) + 0.6;
        y = AmountInFigures(canvas, fonts, receipt.Amount, x, y) + 0.8;
        y = ReceiptPage.Field(canvas, fonts, CerfaTexts.AmountInWords, AmountInWords.Euros(receipt.Amount), x, y, width, maxLines: 3);
        y = ReceiptPage.Field(canvas, fonts, CerfaTexts.PaymentDate, PaymentDates(receipt), x, y, width) + 0.6;

        y = canvas.Paragraph(CerfaTexts.Certification, fonts.Body, x, y, width) + 0.3;
        y = Articles(canvas, fonts, issuer, x + 5, y) + 0.8;

        // Form, nature and payment mode take the left column; « Date et signature » sits beside them, which keeps
        // the receipt on one page even when every free text of the form runs long.
        var columnWidth = width - ReceiptClosing.SignatureBoxWidth - 3;
        var signatureBottom = ReceiptClosing.DrawSignature(canvas, fonts, issuer, signature, receipt, ReceiptPage.Right - ReceiptPage.Padding - ReceiptClosing.SignatureBoxWidth, y);

        y = canvas.Paragraph(CerfaTexts.GiftForm, fonts.BodyBold, x, y, columnWidth) + 0.3;
        y = FormLayout.CheckBoxRow(canvas,
            CerfaTexts.GiftForms.Select(form => (form, form == CerfaTexts.ManualGift)).ToList(),
            columns: 2, x + 4, y, columnWidth - 4, fonts.Body, fonts.BoxText) + 0.8;

        y = LabelWithNote(canvas, fonts, CerfaTexts.GiftNature, "(3)", x, y) + 0.3;
        y = FormLayout.CheckBoxRow(canvas,
            CerfaTexts.GiftNatures.Select(nature => (nature == CerfaTexts.OtherNature ? $"{nature} (4)" : nature, nature == CerfaTexts.Cash)).ToList(),
            columns: 2, x + 4, y, columnWidth - 4, fonts.Body, fonts.BoxText) + 0.8;

        y = canvas.Paragraph(CerfaTexts.PaymentModeTitle, fonts.BodyBold, x, y, columnWidth) + 0.3;
        y = FormLayout.CheckBoxRow(canvas,
            PaymentModes.Select(mode => (CerfaTexts.PaymentMode(mode), receipt.PaymentModes.Contains(mode))).ToList(),
            columns: 3, x + 4, y, columnWidth - 4, fonts.Body, fonts.BoxText);

        y = Math.Max(y, signatureBottom);
        return ReceiptPage.Frame(canvas, top, y);
    }

    /// <summary>« ***1 234,50 €*** »: on a computer-made receipt, BOFiP accepts figures framed by asterisks, so nothing can be added before or after them.</summary>
    private static double AmountInFigures(PageCanvas canvas, ReceiptFonts fonts, decimal amount, double x, double y)
    {
        var text = $"***{FrenchFormat.Euros(amount)}***";
        var width = canvas.Width(text, fonts.Amount) + 6;
        const double height = 7;
        canvas.Rectangle(x + 5, y, width, height);
        canvas.Text(text, fonts.Amount, x + 8, y + (height - PageCanvas.LineHeight(fonts.Amount)) / 2);
        canvas.Text("(1)", fonts.Marker, x + 5 + width + 1, y + height - PageCanvas.LineHeight(fonts.Marker) - 0.8);
        return y + height;
    }

    private static double Articles(PageCanvas canvas, ReceiptFonts fonts, ReceiptIssuer issuer, double x, double y)
    {
        const double columnWidth = 30;
        var below = FormLayout.CheckBoxRow(canvas,
            [(CerfaTexts.Article200, issuer.Article200), (CerfaTexts.Article978, issuer.Article978)],
            columns: 2, x, y, 2 * columnWidth, fonts.Body, fonts.BoxText);
        canvas.Text("(2)", fonts.Marker, x + 2 * columnWidth, y);
        return below;
    }

    private static string PaymentDates(ReceiptPrint receipt) =>
        receipt.Kind == ReceiptKind.Annual && receipt.FirstPaymentOn != receipt.LastPaymentOn
            ? $"Du {FrenchFormat.Date(receipt.FirstPaymentOn)} au {FrenchFormat.Date(receipt.LastPaymentOn)}"
            : FrenchFormat.Date(receipt.FirstPaymentOn);

    private static double LabelWithNote(PageCanvas canvas, ReceiptFonts fonts, string label, string note, double x, double y)
    {
        canvas.Text(label, fonts.BodyBold, x, y);
        canvas.Text(note, fonts.Marker, x + canvas.Width(label, fonts.BodyBold) + 1, y);
        return y + PageCanvas.LineHeight(fonts.BodyBold);
    }
}
