using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>
/// Where the recipient's address goes so that it shows through a standard French window envelope.
/// Standard followed: the DL (110 × 220 mm) and C5/6 window envelopes sold in France have a 100 × 45 mm window,
/// 20 mm from the right edge and 15 mm from the bottom; an A4 sheet folded in three (99 mm panels) moves a few
/// millimetres inside. French letter layouts therefore print the address in an 85 × 33 mm frame whose left edge is
/// 110 mm from the sheet's left edge and top 55 mm from its top, which stays inside the window whatever the play.
/// </summary>
internal static class WindowEnvelope
{
    public const double Left = 110;
    public const double Top = 55;
    public const double Width = 85;
    public const double Height = 33;

    /// <summary>Prints the NF Z10-011 lines as given, at the largest size where the widest line fits the frame.</summary>
    public static void DrawAddress(PageCanvas canvas, IReadOnlyList<string> lines, IReadOnlyList<XFont> sizesLargestFirst)
    {
        var font = sizesLargestFirst.FirstOrDefault(f => lines.All(line => canvas.Width(line, f) <= Width))
            ?? sizesLargestFirst[^1];
        var y = Top;
        foreach (var line in lines)
        {
            // A line still too wide at the smallest size is wrapped rather than cut by the window's edge.
            y = canvas.Paragraph(line, font, Left, y, Width);
        }
    }
}
