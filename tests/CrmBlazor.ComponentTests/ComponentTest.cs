using System.Globalization;
using Bunit;
using MudBlazor.Services;

namespace CrmBlazor.ComponentTests;

/// <summary>
/// A bUnit context set up like the app: French culture, MudBlazor's services, and MudBlazor's
/// JavaScript calls answered loosely (no browser here).
/// </summary>
/// <remarks>
/// Some MudBlazor services can only be disposed asynchronously, and xUnit v2 disposes a test class with
/// <see cref="IDisposable.Dispose"/>: the context is disposed asynchronously first, through
/// <see cref="IAsyncLifetime"/>, which leaves nothing for the synchronous dispose to do.
/// </remarks>
public abstract class ComponentTest : BunitContext, IAsyncLifetime
{
    protected static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private readonly CultureInfo _previousCulture = CultureInfo.CurrentCulture;
    private readonly CultureInfo _previousUiCulture = CultureInfo.CurrentUICulture;

    protected ComponentTest()
    {
        CultureInfo.CurrentCulture = French;
        CultureInfo.CurrentUICulture = French;
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
    }

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentCulture = _previousCulture;
        CultureInfo.CurrentUICulture = _previousUiCulture;
        base.Dispose(disposing);
    }
}
