using PdfSharp;

namespace CrmBlazor.UnitTests.TestSupport;

/// <summary>
/// PDFsharp 6.5 refuses to work until a license is chosen. The tests run it under its AGPL-3.0 license, which
/// binds nothing here (the tests are neither distributed nor served); the app's choice is made at its start-up.
/// </summary>
internal static class PdfLicense
{
    private static readonly Lazy<bool> Loaded = new(() =>
    {
        PdfSharpLicense.SetAgplLicense();
        return true;
    });

    public static void EnsureLoaded() => _ = Loaded.Value;
}
