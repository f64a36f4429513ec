using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>
/// A form's box, ticked or not. The printed mark is vector (a square, and an X when ticked) so it is crisp on any
/// printer; under it lies the matching ballot-box character ☒ or ☐ in white, so the PDF's text — copied, read
/// aloud by a screen reader, or read back by the tests — says which boxes are ticked. One flag drives both.
/// </summary>
public static class CheckBox
{
    public const string TickedText = "☒";
    public const string EmptyText = "☐";
    public const double Size = 2.8;

    private static readonly XPen Pen = new(XColors.Black, 0.6);

    /// <summary>Draws the box with its top-left corner at (x, y), in millimetres.</summary>
    public static void Draw(PageCanvas canvas, double x, double y, bool ticked, XFont textLayerFont)
    {
        canvas.Text(ticked ? TickedText : EmptyText, textLayerFont, x, y, XBrushes.White);
        canvas.Rectangle(x, y, Size, Size, Pen);
        if (ticked)
        {
            const double inset = 0.5;
            canvas.Line(x + inset, y + inset, x + Size - inset, y + Size - inset, Pen);
            canvas.Line(x + inset, y + Size - inset, x + Size - inset, y + inset, Pen);
        }
    }

    /// <summary>A box followed by its label wrapped within <paramref name="width"/>; returns the y below it.</summary>
    public static double WithLabel(
        PageCanvas canvas, double x, double y, double width, bool ticked, string label, XFont font, XFont textLayerFont, int maxLines = int.MaxValue)
    {
        const double gap = 1.5;
        var lineHeight = PageCanvas.LineHeight(font);
        Draw(canvas, x, y + (lineHeight - Size) / 2, ticked, textLayerFont);
        var lines = canvas.Wrap(label, font, width - Size - gap, maxLines);
        return canvas.Lines(lines, font, x + Size + gap, y);
    }
}
