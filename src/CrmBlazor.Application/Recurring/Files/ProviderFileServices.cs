using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CrmBlazor.Application.Recurring.Files;

public static class ProviderFileServices
{
    /// <summary>
    /// The importer, and every <see cref="IProviderFileParser"/> of the assembly: a new file format only needs its parser
    /// class, the importer picks it by its kind.
    /// </summary>
    public static IServiceCollection AddProviderFiles(this IServiceCollection services)
    {
        foreach (var type in typeof(ProviderFileServices).Assembly.GetTypes()
                     .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IProviderFileParser).IsAssignableFrom(t)))
        {
            // Idempotent: a parser also registered by hand is not registered twice.
            services.TryAddEnumerable(ServiceDescriptor.Singleton(typeof(IProviderFileParser), type));
        }

        services.AddScoped<ProviderFileImporter>();
        return services;
    }
}
