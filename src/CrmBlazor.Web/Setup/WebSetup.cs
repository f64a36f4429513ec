using CrmBlazor.Web.Mail;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Web.Components;
using CrmBlazor.Web.Documents;
using CrmBlazor.Web.Recurring;
using CrmBlazor.Web.Security;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MudBlazor;
using MudBlazor.Services;

namespace CrmBlazor.Web.Setup;

public static class WebSetup
{
    public static IServiceCollection AddCrmWeb(this IServiceCollection services, IConfiguration configuration)
    {
        Cultures.UseFrenchByDefault();
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddHttpContextAccessor();
        services.AddStaffSecurity();
        services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, ActorCircuitHandler>());

        services.AddMudServices(o =>
        {
            o.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomRight;
            o.SnackbarConfiguration.VisibleStateDuration = 6000;
        });
        services.AddTransient<MudLocalizer, FrenchMudLocalizer>();
        services.AddLocalization();
        return services;
    }

    public static WebApplication UseCrmPipeline(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/erreur/500", createScopeForErrors: true);
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/erreur/{0}", createScopeForStatusCodePages: true);
        app.UseRequestLocalization(o =>
        {
            o.SetDefaultCulture(Cultures.French.Name);
            o.AddSupportedCultures(Cultures.French.Name);
            o.AddSupportedUICultures(Cultures.French.Name);
        });

        app.UseAuthentication();
        app.UseMiddleware<HttpActorMiddleware>();
        app.UseAuthorization();
        app.UseMiddleware<StaffGateMiddleware>();
        app.UseAntiforgery();

        app.MapStaticAssets().AllowAnonymous();
        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthReportWriter.WriteAsync }).AllowAnonymous();
        app.MapAccountEndpoints();
        app.MapDocumentEndpoints();
        Events.EventEndpoints.MapEventEndpoints(app);
        app.MapOnlineGiftEndpoints();
        app.MapUnsubscribeEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
