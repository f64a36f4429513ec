using System.Text.RegularExpressions;
using PdfSharp;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CrmBlazor.IntegrationTests.Deposits;

/// <summary>Reads a deposit slip back as text; and picks PDFsharp's license for the in-process app, which the tests may do.</summary>
internal static partial class SlipPdf
{
    private static readonly Lazy<bool> Licensed = new(() =>
    {
        // The tests are neither distributed nor served: running PDFsharp under its AGPL-3.0 license binds nothing here.
        PdfSharpLicense.SetAgplLicense();
        return true;
    });

    public static void EnsureLicensed() => _ = Licensed.Value;

    /// <summary>All pages' text, every run of white space (line breaks, no-break spaces in amounts) made one space.</summary>
    public static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().Select(page => WhiteSpace().Replace(ContentOrderTextExtractor.GetText(page), " ").Trim()));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
