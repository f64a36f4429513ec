using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>
/// Greedy word wrap measured with the real font, so free text (an organisation's object, a long address) stays
/// inside its box. Words are measured once each and widths added up, which is what PDFsharp does anyway (it
/// applies no kerning), and keeps wrapping linear on the tens of thousands of pages of the annual run.
/// </summary>
public static class TextWrapper
{
    private const string Ellipsis = "…";

    public static IReadOnlyList<string> Wrap(XGraphics graphics, string text, XFont font, double widthPoints, int maxLines = int.MaxValue)
    {
        var lines = new List<string>();
        var spaceWidth = graphics.MeasureString(" ", font).Width;
        foreach (var paragraph in text.Replace("\r\n", "\n").Split('\n'))
        {
            WrapParagraph(graphics, paragraph, font, widthPoints, spaceWidth, lines);
        }

        return lines.Count <= maxLines ? lines : Truncate(graphics, lines, font, widthPoints, maxLines);
    }

    private static void WrapParagraph(XGraphics graphics, string paragraph, XFont font, double width, double spaceWidth, List<string> lines)
    {
        var line = new List<string>();
        var lineWidth = 0d;
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordWidth = graphics.MeasureString(word, font).Width;
            var widthWithWord = line.Count == 0 ? wordWidth : lineWidth + spaceWidth + wordWidth;
            if (widthWithWord <= width)
            {
                line.Add(word);
                lineWidth = widthWithWord;
                continue;
            }

            if (line.Count > 0)
            {
                lines.Add(string.Join(' ', line));
                line.Clear();
            }

            // A word wider than the box (an IBAN, a URL) is cut where it must be rather than overflow.
            var rest = word;
            while (graphics.MeasureString(rest, font).Width > width && rest.Length > 1)
            {
                var fit = LongestFittingPrefix(graphics, rest, font, width);
                lines.Add(rest[..fit]);
                rest = rest[fit..];
            }

            line.Add(rest);
            lineWidth = graphics.MeasureString(rest, font).Width;
        }

        lines.Add(string.Join(' ', line));
    }

    private static int LongestFittingPrefix(XGraphics graphics, string text, XFont font, double width)
    {
        var length = 1;
        while (length < text.Length && graphics.MeasureString(text[..(length + 1)], font).Width <= width)
        {
            length++;
        }

        return length;
    }

    private static List<string> Truncate(XGraphics graphics, List<string> lines, XFont font, double width, int maxLines)
    {
        var kept = lines.Take(maxLines).ToList();
        var last = kept[^1];
        while (last.Length > 0 && graphics.MeasureString(last + Ellipsis, font).Width > width)
        {
            last = last[..^1];
        }

        kept[^1] = last.TrimEnd() + Ellipsis;
        return kept;
    }
}
