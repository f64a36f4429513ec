using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>
/// A large translucent diagonal word across the receipt, so a cancelled receipt or a duplicate can never pass
/// for the original, even photocopied. The banner of the letterhead says the same in plain text.
/// </summary>
internal static class ReceiptWatermark
{
    private static readonly XBrush CancelledBrush = new XSolidBrush(XColor.FromArgb(70, 200, 0, 0));
    private static readonly XBrush DuplicateBrush = new XSolidBrush(XColor.FromArgb(45, 0, 0, 0));

    public static void Draw(PageCanvas canvas, ReceiptFonts fonts, ReceiptPrint receipt)
    {
        // When both apply, cancellation is what matters to the reader.
        var (word, brush) = receipt switch
        {
            { IsCancelled: true } => (CerfaTexts.Cancelled, CancelledBrush),
            { IsDuplicate: true } => (CerfaTexts.Duplicate, DuplicateBrush),
            _ => (null, null),
        };
        if (word is null || brush is null)
        {
            return;
        }

        var graphics = canvas.Graphics;
        var centre = new XPoint(Millimetres.Mm(Millimetres.A4Width / 2), Millimetres.Mm((ReceiptPage.BlocksTop + ReceiptPage.Bottom) / 2));
        var state = graphics.Save();
        graphics.RotateAtTransform(-55, centre);
        graphics.DrawString(word, fonts.Watermark, brush, centre, XStringFormats.Center);
        graphics.Restore(state);
    }
}
