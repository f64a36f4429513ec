using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;

namespace CrmBlazor.Web.Components.Layout;

public partial class MainLayout
{
    private const string DarkModeKey = "crm.darkMode";

    private bool _drawerOpen = true;
    private bool _darkMode;

    [Inject]
    private ProtectedLocalStorage Storage { get; set; } = default!;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender)
        {
            return;
        }

        var stored = await Storage.GetAsync<bool>(DarkModeKey);
        if (stored.Success && stored.Value != _darkMode)
        {
            _darkMode = stored.Value;
            StateHasChanged();
        }
    }

    private async Task ToggleDarkModeAsync()
    {
        _darkMode = !_darkMode;
        await Storage.SetAsync(DarkModeKey, _darkMode);
    }
}
