using CrmBlazor.Application;
using CrmBlazor.Application.Demo;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Web.Cli;
using CrmBlazor.Web.Setup;

var builder = WebApplication.CreateBuilder(args);

// Serves MudBlazor's files from the NuGet cache when the app runs from a build rather than a publish (./run.sh).
builder.WebHost.UseStaticWebAssets();

builder.Services.AddApplication(builder.Configuration);
builder.Services.AddCrmWeb(builder.Configuration);

var app = builder.Build();

await app.Services.MigrateDatabaseAsync();
if (CommandLine.IsCommand(args))
{
    return await CommandLine.RunAsync(app.Services, args);
}

await app.Services.SeedDemoDataAsync();
app.UseCrmPipeline();
await app.RunAsync();
return 0;

/// <summary>The entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
