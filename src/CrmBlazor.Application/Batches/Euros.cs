using System.Globalization;

namespace CrmBlazor.Application.Batches;

/// <summary>Amounts in handler messages read as on screen: « 1 234,50 € ».</summary>
public static class Euros
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Format(decimal amount) => amount.ToString("#,##0.00 €", French);
}
