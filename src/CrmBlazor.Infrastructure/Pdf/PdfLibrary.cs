using PdfSharp;
using PdfSharp.License;
using PdfSharp.Pdf;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>
/// Where every CRM document starts. PDFsharp 6.5 is dual-licensed (AGPL-3.0-only or commercial) and refuses to
/// create a document until the process has loaded a license: the host must call
/// <see cref="PdfSharpLicense.LoadLicense"/> with a commercial key, or <see cref="PdfSharpLicense.SetAgplLicense"/>,
/// at start-up. Which one is the project owner's decision, so renderers never make it; they only say clearly
/// when it has not been made.
/// </summary>
public static class PdfLibrary
{
    /// <summary>
    /// CrmBlazor is distributed under the AGPL-3.0 (see LICENSE), which is what lets it use PDFsharp under that license.
    /// A deployment holding a commercial PDFsharp key sets <c>Pdf:LicenseKey</c> (never in the repository) instead.
    /// </summary>
    public static void ChooseLicense(string? commercialKey)
    {
        if (string.IsNullOrWhiteSpace(commercialKey))
        {
            PdfSharpLicense.SetAgplLicense();
        }
        else
        {
            PdfSharpLicense.LoadLicense(commercialKey);
        }
    }

    public static PdfDocument NewDocument()
    {
        PdfFonts.EnsureRegistered();
        try
        {
            return new PdfDocument();
        }
        catch (PdfSharpLicenseException e)
        {
            throw new InvalidOperationException(
                "PDFsharp has no license loaded. At start-up, call PdfSharpLicense.LoadLicense(key) with a commercial key, "
                + "or PdfSharpLicense.SetAgplLicense() if the CRM is distributed under the AGPL-3.0.", e);
        }
    }
}
