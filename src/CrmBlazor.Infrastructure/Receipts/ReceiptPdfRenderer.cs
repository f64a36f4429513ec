using CrmBlazor.Infrastructure.Pdf;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>
/// Prints tax receipts (form 2041-RD, Cerfa n° 11580*05) as French A4 letters for window envelopes: one page per
/// receipt. Stateless and thread-safe: every call builds its own document.
/// </summary>
public sealed class ReceiptPdfRenderer
{
    public byte[] Render(ReceiptIssuer issuer, ReceiptPrint receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        using var output = new MemoryStream();
        RenderMany(issuer, [receipt], output);
        return output.ToArray();
    }

    /// <summary>
    /// A print batch: one page per receipt, in the given order, written to <paramref name="output"/> (left open).
    /// The whole document is held in memory until it is written, so the annual run should call this per chunk of
    /// a few thousand receipts rather than once for the year.
    /// </summary>
    public void RenderMany(ReceiptIssuer issuer, IEnumerable<ReceiptPrint> receipts, Stream output)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(receipts);
        ArgumentNullException.ThrowIfNull(output);
        using var document = PdfLibrary.NewDocument();
        document.Info.Title = "Reçus fiscaux (2041-RD)";
        document.Info.Creator = "CrmBlazor";
        // Decoded once for the batch: PDFsharp then embeds it once and every page refers to the same image.
        using var signatureStream = issuer.SignatureImage is { Length: > 0 } bytes ? new MemoryStream(bytes, writable: false) : null;
        using var signature = signatureStream is null ? null : XImage.FromStream(signatureStream);
        var sheet = new ReceiptSheet(issuer, signature);

        foreach (var receipt in receipts)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            sheet.Draw(new PageCanvas(graphics), receipt);
        }

        if (document.PageCount == 0)
        {
            throw new ArgumentException("A print batch needs at least one receipt.", nameof(receipts));
        }

        document.Save(output, closeStream: false);
    }
}
