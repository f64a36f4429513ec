using System.Globalization;

namespace CrmBlazor.Infrastructure.Pdf;

/// <summary>Amounts and dates as French paper documents print them: « 1 234,50 € », « 31/12/2026 ».</summary>
public static class FrenchFormat
{
    /// <summary>
    /// No-break space between digit groups and before « € »: an amount never splits across lines, and unlike the
    /// narrow no-break space .NET's French culture uses, every PDF reader extracts it as a plain space.
    /// </summary>
    public const char GroupSpace = '\u00A0';

    private static readonly NumberFormatInfo Numbers = new()
    {
        NumberDecimalSeparator = ",",
        NumberGroupSeparator = GroupSpace.ToString(),
        NumberGroupSizes = [3],
        NegativeSign = "-",
    };

    public static string Euros(decimal amount) => $"{amount.ToString("#,##0.00", Numbers)}{GroupSpace}€";

    public static string Date(DateOnly date) => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
}
