using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>
/// The real application (Program.cs: migrations, Identity, Quartz, Blazor pages) on an in-memory test server,
/// in the Testing environment, against the fixture's own database. The security settings are those of
/// appsettings.json, i.e. production's: Superviseur and Administrateur must enrol 2FA.
/// </summary>
public sealed class CrmAppFactory(string connectionString) : WebApplicationFactory<Program>
{
    public const string Environment = "Testing";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Crm", connectionString);
        builder.UseSetting("Demo:SeedAccounts", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
    }
}
