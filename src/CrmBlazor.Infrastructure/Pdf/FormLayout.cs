using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>The pieces administrative forms are made of: titled blocks, « Label : value » fields, rows of boxes.</summary>
public static class FormLayout
{
    private static readonly XBrush HeadingFill = new XSolidBrush(XColor.FromArgb(226, 230, 236));

    public const double HeadingHeight = 5;

    /// <summary>A shaded bar carrying a block's title; returns the y where the block's content starts.</summary>
    public static double Heading(PageCanvas canvas, string title, XFont font, double x, double y, double width)
    {
        canvas.Rectangle(x, y, width, HeadingHeight, PageCanvas.ThinPen, HeadingFill);
        canvas.Text(title, font, x + 2, y + (HeadingHeight - PageCanvas.LineHeight(font)) / 2);
        return y + HeadingHeight + 1;
    }

    /// <summary>« Label : value », the value wrapped beside the label; returns the y below the field.</summary>
    public static double Field(
        PageCanvas canvas, string label, string value, XFont labelFont, XFont valueFont,
        double x, double y, double width, int maxLines = 3)
    {
        canvas.Text(label, labelFont, x, y);
        var valueX = x + canvas.Width(label, labelFont) + 1.2;
        var lines = canvas.Wrap(value, valueFont, x + width - valueX, maxLines);
        var below = canvas.Lines(lines, valueFont, valueX, y);
        return Math.Max(below, y + PageCanvas.LineHeight(labelFont));
    }

    /// <summary>Boxes laid out in columns, row after row; returns the y below the last row.</summary>
    public static double CheckBoxRow(
        PageCanvas canvas, IReadOnlyList<(string Label, bool Ticked)> boxes, int columns,
        double x, double y, double width, XFont font, XFont textLayerFont)
    {
        var columnWidth = width / columns;
        var rowBottom = y;
        for (var i = 0; i < boxes.Count; i++)
        {
            if (i > 0 && i % columns == 0)
            {
                y = rowBottom + 0.6;
            }

            var (label, ticked) = boxes[i];
            var below = CheckBox.WithLabel(canvas, x + (i % columns) * columnWidth, y, columnWidth - 2, ticked, label, font, textLayerFont);
            rowBottom = Math.Max(rowBottom, below);
        }

        return rowBottom;
    }
}
