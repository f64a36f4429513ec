using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>« Date et signature » and the form's footnotes, which sit at the foot of the sheet.</summary>
internal static class ReceiptClosing
{
    public const double SignatureBoxWidth = 70;
    private const double SignatureBoxHeight = 27;
    private const double ImageMaxWidth = 45;
    private const double ImageMaxHeight = 11;

    public static double DrawSignature(PageCanvas canvas, ReceiptFonts fonts, ReceiptIssuer issuer, XImage? signature, ReceiptPrint receipt, double left, double top)
    {
        canvas.Rectangle(left, top, SignatureBoxWidth, SignatureBoxHeight);
        var x = left + ReceiptPage.Padding;
        var width = SignatureBoxWidth - 2 * ReceiptPage.Padding;
        var y = top + 1;
        canvas.Text(CerfaTexts.DateAndSignature, fonts.BodyBold, x, y);
        canvas.TextRight($"Le {FrenchFormat.Date(receipt.IssuedOn)}", fonts.Body, left + SignatureBoxWidth - ReceiptPage.Padding, y);
        y += PageCanvas.LineHeight(fonts.BodyBold) + 0.5;

        if (signature is not null)
        {
            DrawFitted(canvas, signature, x, y);
        }

        var nameY = top + SignatureBoxHeight - 2 * PageCanvas.LineHeight(fonts.Body) - 0.8;
        canvas.Paragraph(issuer.SignatoryName, fonts.BodyBold, x, nameY, width, maxLines: 1);
        canvas.Paragraph(issuer.SignatoryTitle, fonts.Signatory, x, nameY + PageCanvas.LineHeight(fonts.Body), width, maxLines: 1);
        return top + SignatureBoxHeight;
    }

    /// <summary>Footnote lines are the same on every receipt: wrapped once per batch, drawn from the foot upwards.</summary>
    public static IReadOnlyList<string> WrapFootnotes(PageCanvas canvas, ReceiptFonts fonts) =>
        CerfaTexts.Footnotes.SelectMany(note => canvas.Wrap(note, fonts.Footnote, ReceiptPage.Width)).ToList();

    public static double FootnotesTop(IReadOnlyList<string> lines, ReceiptFonts fonts) =>
        ReceiptPage.Bottom - lines.Count * PageCanvas.LineHeight(fonts.Footnote);

    public static void DrawFootnotes(PageCanvas canvas, ReceiptFonts fonts, IReadOnlyList<string> lines)
    {
        var top = FootnotesTop(lines, fonts);
        canvas.Line(ReceiptPage.Left, top - 1, ReceiptPage.Left + 40, top - 1, PageCanvas.HairlinePen);
        canvas.Lines(lines, fonts.Footnote, ReceiptPage.Left, top);
    }

    private static void DrawFitted(PageCanvas canvas, XImage image, double x, double y)
    {
        var ratio = image.PointWidth / image.PointHeight;
        var height = ImageMaxHeight;
        var width = height * ratio;
        if (width > ImageMaxWidth)
        {
            width = ImageMaxWidth;
            height = width / ratio;
        }

        canvas.Graphics.DrawImage(image, Millimetres.Mm(x), Millimetres.Mm(y), Millimetres.Mm(width), Millimetres.Mm(height));
    }
}
