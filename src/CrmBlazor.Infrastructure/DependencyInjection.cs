using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Health;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace CrmBlazor.Infrastructure;

public static class DependencyInjection
{
    public const string ConnectionStringName = "Crm";

    public static string CrmConnectionString(this IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                $"ConnectionStrings:{ConnectionStringName} is not set. Start the app with ./run.sh, or set ConnectionStrings__{ConnectionStringName}.");

    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.CrmConnectionString();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddScoped<ActorContext>();
        services.AddScoped<JournalWriter>();
        services.AddSingleton<Documents.IDocumentStore, Documents.PostgresDocumentStore>();
        Pdf.PdfLibrary.ChooseLicense(configuration["Pdf:LicenseKey"]);

        // Scoped so that each context gets the journal interceptor of its own scope's actor.
        services.AddDbContextFactory<AppDbContext>(
            (sp, options) => options
                .UseNpgsql(sp.GetRequiredService<NpgsqlDataSource>(), npgsql => npgsql.MigrationsHistoryTable(AppDbContext.MigrationsHistoryTable))
                .UseSnakeCaseNamingConvention()
                .AddInterceptors(
                    new JournalInterceptor(sp.GetRequiredService<ActorContext>(), sp.GetRequiredService<TimeProvider>()),
                    new ContactChangeInterceptor(sp.GetRequiredService<ActorContext>())),
            ServiceLifetime.Scoped);

        services.AddSingleton<PgChangeNotifier>();
        services.AddSingleton<IChangeNotifier>(sp => sp.GetRequiredService<PgChangeNotifier>());
        services.AddHostedService(sp => sp.GetRequiredService<PgChangeNotifier>());

        services.AddDataProtection()
            .SetApplicationName("CrmBlazor")
            .PersistKeysToDbContext<AppDbContext>();

        services.AddHealthChecks()
            .AddCheck<DatabaseHealthCheck>("database")
            .AddCheck<MigrationsHealthCheck>("migrations")
            .AddCheck<SchedulerHealthCheck>("scheduler");
        return services;
    }

    /// <summary>Identity's stores on the CRM database, with the lockout and password rules staff accounts follow.</summary>
    public static IdentityBuilder AddStaffIdentityStores(this IdentityBuilder identity) =>
        identity.AddEntityFrameworkStores<AppDbContext>();
}
