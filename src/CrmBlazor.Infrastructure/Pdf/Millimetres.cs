namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>Layouts are written in millimetres, as paper forms and envelope standards are; PDFsharp draws in points.</summary>
public static class Millimetres
{
    private const double PointsPerMillimetre = 72 / 25.4;

    public const double A4Width = 210;
    public const double A4Height = 297;

    public static double Mm(double millimetres) => millimetres * PointsPerMillimetre;

    public static double ToMm(double points) => points / PointsPerMillimetre;
}
