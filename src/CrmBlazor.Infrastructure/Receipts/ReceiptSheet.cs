using CrmBlazor.Infrastructure.Pdf;
using PdfSharp.Drawing;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>
/// Everything one print batch shares — fonts, the decoded signature, the wrapped footnotes — and the drawing of
/// one receipt on one page. Lives for one call, so renderers stay stateless and thread-safe.
/// </summary>
internal sealed class ReceiptSheet(ReceiptIssuer issuer, XImage? signature)
{
    private readonly ReceiptFonts _fonts = new();
    private IReadOnlyList<string>? _footnotes;

    public void Draw(PageCanvas canvas, ReceiptPrint receipt)
    {
        _footnotes ??= ReceiptClosing.WrapFootnotes(canvas, _fonts);

        ReceiptLetterhead.Draw(canvas, _fonts, issuer, receipt);
        var y = ReceiptParties.DrawBeneficiary(canvas, _fonts, issuer, ReceiptPage.BlocksTop) + ReceiptPage.BlockGap;
        y = ReceiptParties.DrawDonor(canvas, _fonts, receipt.Donor, y) + ReceiptPage.BlockGap;
        ReceiptDonationBlock.Draw(canvas, _fonts, issuer, signature, receipt, y);
        ReceiptClosing.DrawFootnotes(canvas, _fonts, _footnotes);
        ReceiptWatermark.Draw(canvas, _fonts, receipt);
    }
}
