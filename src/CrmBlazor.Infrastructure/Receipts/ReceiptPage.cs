using CrmBlazor.Infrastructure.Pdf;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>The receipt's grid on the A4 sheet, in millimetres, and the two pieces every block of it uses.</summary>
internal static class ReceiptPage
{
    public const double Left = 15;
    public const double Right = 195;
    public const double Width = Right - Left;

    /// <summary>Below the envelope window's lowest possible edge on the folded sheet.</summary>
    public const double BlocksTop = 95;

    public const double Bottom = 288;

    /// <summary>Inner margin of a framed block.</summary>
    public const double Padding = 2;

    public const double ContentLeft = Left + Padding;
    public const double ContentWidth = Width - 2 * Padding;
    public const double BlockGap = 2.5;

    /// <summary>« Label : value » in the receipt's body type; returns the y below it.</summary>
    public static double Field(PageCanvas canvas, ReceiptFonts fonts, string label, string value, double x, double y, double width, int maxLines = 1) =>
        FormLayout.Field(canvas, label, value, fonts.BodyBold, fonts.Body, x, y, width, maxLines) + 0.4;

    /// <summary>Frames a block once its content is drawn, since only then is its height known; returns its bottom.</summary>
    public static double Frame(PageCanvas canvas, double top, double contentBottom)
    {
        var bottom = contentBottom + 0.8;
        canvas.Rectangle(Left, top, Width, bottom - top);
        return bottom;
    }
}
