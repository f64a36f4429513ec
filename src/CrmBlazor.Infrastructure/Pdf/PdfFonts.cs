using PdfSharp.Drawing;
using PdfSharp.Fonts;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>The one font family of the CRM's PDFs, and its once-per-process registration with PDFsharp.</summary>
public static class PdfFonts
{
    public const string Family = "DejaVu Sans";

    private static readonly EmbeddedFontResolver Resolver = new();
    private static readonly Lock Gate = new();
    private static bool _registered;

    /// <summary>
    /// Installs the bundled font resolver. PDFsharp accepts a resolver only once per process and before the first
    /// font is made, and the app, its jobs and the tests may all get here first, so every renderer calls this.
    /// </summary>
    public static void EnsureRegistered()
    {
        if (Volatile.Read(ref _registered))
        {
            return;
        }

        lock (Gate)
        {
            if (_registered)
            {
                return;
            }

            var current = GlobalFontSettings.FontResolver;
            if (current is null)
            {
                GlobalFontSettings.FontResolver = Resolver;
            }
            else if (current is not EmbeddedFontResolver)
            {
                throw new InvalidOperationException(
                    $"Another PDFsharp font resolver ({current.GetType().Name}) is installed; the CRM's PDFs need {nameof(EmbeddedFontResolver)}.");
            }

            Volatile.Write(ref _registered, true);
        }
    }

    public static XFont Regular(double size) => new(Family, size, XFontStyleEx.Regular);

    public static XFont Bold(double size) => new(Family, size, XFontStyleEx.Bold);

    public static XFont Italic(double size) => new(Family, size, XFontStyleEx.Italic);
}
