using System.Globalization;

namespace CrmBlazor.Web.Setup;

/// <summary>The interface speaks French (dates 31/12/2026, amounts 1 234,50 €); another language is another resource file.</summary>
public static class Cultures
{
    public static CultureInfo French { get; } = CultureInfo.GetCultureInfo("fr-FR");

    public static void UseFrenchByDefault()
    {
        CultureInfo.DefaultThreadCurrentCulture = French;
        CultureInfo.DefaultThreadCurrentUICulture = French;
    }
}
