using System.Reflection;
using PdfSharp.Fonts;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>
/// Serves the DejaVu Sans faces bundled in this assembly, whatever family is asked for: PDFsharp's Core build
/// on Linux has no system fonts, and one bundled family keeps every server's output identical.
/// </summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    private const string Regular = "DejaVuSans";
    private const string Bold = "DejaVuSans-Bold";
    private const string Oblique = "DejaVuSans-Oblique";

    // Loaded lazily and kept: PDFsharp asks for a face's bytes once per process, but tests and the app may race.
    private static readonly Lazy<byte[]> RegularBytes = new(() => Load(Regular));
    private static readonly Lazy<byte[]> BoldBytes = new(() => Load(Bold));
    private static readonly Lazy<byte[]> ObliqueBytes = new(() => Load(Oblique));

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic) => (bold, italic) switch
    {
        (true, false) => new FontResolverInfo(Bold),
        (false, true) => new FontResolverInfo(Oblique),
        // No bold oblique face is bundled: PDFsharp simulates the slant on the bold face.
        (true, true) => new FontResolverInfo(Bold, false, true),
        _ => new FontResolverInfo(Regular),
    };

    public byte[]? GetFont(string faceName) => faceName switch
    {
        Regular => RegularBytes.Value,
        Bold => BoldBytes.Value,
        Oblique => ObliqueBytes.Value,
        _ => null,
    };

    private static byte[] Load(string face)
    {
        var name = $"CrmBlazor.Infrastructure.Pdf.Fonts.{face}.ttf";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The font resource {name} is missing from the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
