using System.Text.RegularExpressions;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CrmBlazor.UnitTests.TestSupport;

/// <summary>Reads a rendered PDF back as text, one string per page, the way a person copying it would get it.</summary>
internal static partial class PdfText
{
    public static IReadOnlyList<string> Pages(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return document.GetPages().Select(page => Normalise(ContentOrderTextExtractor.GetText(page))).ToList();
    }

    public static string SinglePage(byte[] pdf) => Assert.Single(Pages(pdf));

    /// <summary>
    /// Every run of white space (line breaks from wrapping, no-break spaces in amounts) becomes one space, and a
    /// box character is glued to its label, so a test can look for « ☒Chèque » whatever the layout did.
    /// </summary>
    private static string Normalise(string text)
    {
        var spaced = WhiteSpace().Replace(text, " ");
        return SpaceAfterBox().Replace(spaced, "$1").Trim();
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"([☒☐])\s+")]
    private static partial Regex SpaceAfterBox();
}
