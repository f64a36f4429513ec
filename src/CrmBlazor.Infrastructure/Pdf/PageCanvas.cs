using PdfSharp.Drawing;
using static CrmBlazor.Infrastructure.Pdf.Millimetres;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>
/// XGraphics spoken in millimetres from the top-left corner, text placed by the top of its line: layouts then read
/// like the paper form they reproduce.
/// </summary>
public sealed class PageCanvas(XGraphics graphics)
{
    public static readonly XPen ThinPen = new(XColors.Black, 0.5);
    public static readonly XPen HairlinePen = new(XColors.Gray, 0.3);

    public XGraphics Graphics => graphics;

    public static double LineHeight(XFont font) => ToMm(font.GetHeight());

    public double Width(string text, XFont font) => ToMm(graphics.MeasureString(text, font).Width);

    public IReadOnlyList<string> Wrap(string text, XFont font, double width, int maxLines = int.MaxValue) =>
        TextWrapper.Wrap(graphics, text, font, Mm(width), maxLines);

    public void Text(string text, XFont font, double x, double y, XBrush? brush = null) =>
        graphics.DrawString(text, font, brush ?? XBrushes.Black, new XPoint(Mm(x), Mm(y)), XStringFormats.TopLeft);

    public void TextRight(string text, XFont font, double right, double y, XBrush? brush = null) =>
        graphics.DrawString(text, font, brush ?? XBrushes.Black, new XPoint(Mm(right), Mm(y)), XStringFormats.TopRight);

    public void TextCentred(string text, XFont font, double centre, double y, XBrush? brush = null) =>
        graphics.DrawString(text, font, brush ?? XBrushes.Black, new XPoint(Mm(centre), Mm(y)), XStringFormats.TopCenter);

    /// <summary>Draws lines one under the other and returns the y just below the last.</summary>
    public double Lines(IReadOnlyList<string> lines, XFont font, double x, double y, XBrush? brush = null)
    {
        var step = LineHeight(font);
        foreach (var line in lines)
        {
            Text(line, font, x, y, brush);
            y += step;
        }

        return y;
    }

    /// <summary>Wraps then draws a paragraph; returns the y just below it.</summary>
    public double Paragraph(string text, XFont font, double x, double y, double width, int maxLines = int.MaxValue) =>
        Lines(Wrap(text, font, width, maxLines), font, x, y);

    public void Rectangle(double x, double y, double width, double height, XPen? pen = null, XBrush? fill = null)
    {
        var rect = new XRect(Mm(x), Mm(y), Mm(width), Mm(height));
        if (fill is not null)
        {
            graphics.DrawRectangle(fill, rect);
        }

        graphics.DrawRectangle(pen ?? ThinPen, rect);
    }

    public void Line(double x1, double y1, double x2, double y2, XPen? pen = null) =>
        graphics.DrawLine(pen ?? ThinPen, Mm(x1), Mm(y1), Mm(x2), Mm(y2));
}
