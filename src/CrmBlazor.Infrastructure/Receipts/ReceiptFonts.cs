using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>Every face and size a receipt uses, made once per print batch rather than once per page.</summary>
internal sealed class ReceiptFonts
{
    public XFont Body { get; } = PdfFonts.Regular(7.5);
    public XFont BodyBold { get; } = PdfFonts.Bold(7.5);
    public XFont Heading { get; } = PdfFonts.Bold(8.5);
    public XFont Footnote { get; } = PdfFonts.Regular(5.8);
    public XFont Marker { get; } = PdfFonts.Regular(6);
    public XFont Title { get; } = PdfFonts.Bold(10.5);
    public XFont IssuerName { get; } = PdfFonts.Bold(11);
    public XFont FormNumber { get; } = PdfFonts.Bold(12);
    public XFont Amount { get; } = PdfFonts.Bold(11);
    public XFont Banner { get; } = PdfFonts.Bold(11);
    public XFont Watermark { get; } = PdfFonts.Bold(64);
    public XFont Signatory { get; } = PdfFonts.Italic(7.5);

    /// <summary>The envelope window's sizes, largest first: a block is printed at the largest one it fits in.</summary>
    public IReadOnlyList<XFont> Address { get; } = [PdfFonts.Regular(10), PdfFonts.Regular(9), PdfFonts.Regular(8)];

    /// <summary>Draws the hidden ☒/☐ of the boxes; sized to sit inside the vector box.</summary>
    public XFont BoxText { get; } = PdfFonts.Regular(6);
}
