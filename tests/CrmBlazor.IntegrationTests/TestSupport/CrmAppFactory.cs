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

    /// <summary>The web site's API key in the tests; the app only knows its SHA-256.</summary>
    public const string OnlineApiKey = "tests-online-key-4f1c9a";

    /// <summary>This app's online-gifts inbox folder, removed with the factory.</summary>
    public string OnlineInbox { get; } = Path.Combine(Path.GetTempPath(), $"crm-it-inbox-{Guid.NewGuid():N}");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("ConnectionStrings:Crm", connectionString);
        builder.UseSetting("Demo:SeedAccounts", "false");
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Logging:LogLevel:Microsoft.AspNetCore", "Warning");
        builder.UseSetting("Recurring:OnlineInbox", OnlineInbox);
        builder.UseSetting(
            "Recurring:OnlineApiKeySha256",
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(OnlineApiKey))));
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (Directory.Exists(OnlineInbox))
        {
            Directory.Delete(OnlineInbox, recursive: true);
        }
    }
}
