using Microsoft.Extensions.DependencyInjection.Extensions;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Demo;
using CrmBlazor.Application.Jobs;
using CrmBlazor.Application.Journal;
using CrmBlazor.Application.Maintenance;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure;
using CrmBlazor.Infrastructure.Jobs;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application;

public static class DependencyInjection
{
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddInfrastructure(configuration);
        services.AddCrmScheduler(configuration.CrmConnectionString(), JobCatalog.Register);

        services.AddOptions<StaffSecurityOptions>()
            .Bind(configuration.GetSection(StaffSecurityOptions.Section))
            .Validate(o => o.NamesOnlyKnownRoles, $"{StaffSecurityOptions.Section}:RequireTwoFactorForRoles names an unknown role (known: {string.Join(", ", StaffRoles.All)})")
            .ValidateOnStart();
        services.Configure<DemoOptions>(configuration.GetSection(DemoOptions.Section));
        services.AddValidators(typeof(DependencyInjection).Assembly);

        services.AddScoped<ActingScope>();
        services.AddHandlers(typeof(DependencyInjection).Assembly);
        services.AddScoped<StaffSignIn>();
        services.AddScoped<TwoFactorEnrolment>();

        services.AddScoped<Housekeeping>();
        services.AddScoped<ReceiptRunService>();
        services.Configure<Recurring.Scheduling.RecurringOptions>(configuration.GetSection(Recurring.Scheduling.RecurringOptions.Section));
        services.AddScoped<Recurring.Scheduling.SchedulingRunService>();
        services.AddScoped<Recurring.Scheduling.RecurringFollowUp>();
        services.AddScoped<DemoBaseLoader>();
        services.Configure<Recurring.Online.OnlineGiftOptions>(configuration.GetSection(Recurring.Online.OnlineGiftOptions.Section));
        services.AddScoped<Recurring.Online.OnlineGiftImporter>();
        services.AddScoped<Recurring.Online.OnlineGiftInbox>();
        services.TryAddSingleton<Infrastructure.Receipts.ReceiptPdfRenderer>();
        services.AddScoped<Documents.IReceiptDocumentRenderer, Documents.ReceiptDocumentRenderer>();
        services.AddScoped<Segments.SegmentCompiler>();
        services.AddProviderFiles();
        services.Configure<Memberships.MembershipOptions>(configuration.GetSection(Memberships.MembershipOptions.Section));
        services.TryAddSingleton<Infrastructure.Memberships.MembershipCardPdfRenderer>();
        services.AddScoped<Memberships.MembershipCardIssuer>();
        services.AddScoped<Memberships.MembershipStatusRefresh>();
        services.AddScoped<Memberships.MembershipReminderBatches>();
        services.Configure<Mail.MailOptions>(configuration.GetSection(Mail.MailOptions.Section));
        services.AddSingleton<Mail.SmtpPasswordProtector>();
        services.AddScoped<Mail.OutboxSender>();
        services.AddScoped<Mail.EmailEventWriter>();
        services.AddScoped<Mail.BounceCleanup>();
        services.AddSingleton<Mail.UnsubscribeTokens>();
        return services;
    }

    /// <summary>Every use case handler (a class named <c>…Handler</c>) is scoped: one per circuit or request.</summary>
    private static void AddHandlers(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false, IsNested: false } && t.Name.EndsWith("Handler", StringComparison.Ordinal)))
        {
            services.AddScoped(type);
        }
    }

    /// <summary>Registers every validator of the assembly as the singleton <c>IValidator&lt;T&gt;</c> of its command.</summary>
    private static void AddValidators(this IServiceCollection services, System.Reflection.Assembly assembly)
    {
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            {
                services.AddSingleton(contract, type);
            }
        }
    }
}
