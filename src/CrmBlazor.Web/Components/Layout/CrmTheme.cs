using MudBlazor;

namespace CrmBlazor.Web.Components.Layout;

public static class CrmTheme
{
    public static MudTheme Theme { get; } = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f5f8b",
            Secondary = "#c0504d",
            AppbarBackground = "#1f5f8b",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#6fa8dc",
            Secondary = "#e06666",
        },
        LayoutProperties = new LayoutProperties { DrawerWidthLeft = "230px" },
    };
}
