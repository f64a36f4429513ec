using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Deposits;

internal sealed class DepositSlipFonts
{
    public XFont Body { get; } = PdfFonts.Regular(8.5);
    public XFont BodyBold { get; } = PdfFonts.Bold(8.5);
    public XFont Organisation { get; } = PdfFonts.Bold(12);
    public XFont Title { get; } = PdfFonts.Bold(13);
    public XFont Small { get; } = PdfFonts.Regular(7);
    public XFont GrandTotal { get; } = PdfFonts.Bold(11);
}
