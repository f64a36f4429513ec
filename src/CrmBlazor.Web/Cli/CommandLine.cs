using System.Globalization;
using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;

namespace CrmBlazor.Web.Cli;

/// <summary>
/// Administration commands run instead of the web server, after the migrations, e.g.
/// <c>dotnet run --project src/CrmBlazor.Web -- create-admin --email anne@asso.fr --name "Anne Martin"</c>.
/// </summary>
public static class CommandLine
{
    private static readonly Dictionary<string, Func<IServiceProvider, string[], Task<int>>> Commands = new(StringComparer.Ordinal)
    {
        ["create-admin"] = CreateAdminAsync,
        [DemoLoadCommand.Name] = DemoLoadCommand.RunAsync,
        [BenchContactRecordCommand.Name] = BenchContactRecordCommand.RunAsync,
        [BenchReceiptsCommand.Name] = BenchReceiptsCommand.RunAsync,
        [BenchSchedulingCommand.Name] = BenchSchedulingCommand.RunAsync,
    };

    public static bool IsCommand(string[] args) => args.Length > 0 && Commands.ContainsKey(args[0]);

    public static Task<int> RunAsync(IServiceProvider services, string[] args) =>
        IsCommand(args) ? Commands[args[0]](services, args) : Task.FromResult(2);

    internal static string? OptionValue(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    /// <summary>Reads a whole-number option: its default when absent, null (a usage error) when not a number in range.</summary>
    internal static int? IntOption(string[] args, string option, int defaultValue, int min, int max)
    {
        var text = OptionValue(args, option);
        if (text is null)
        {
            return Array.IndexOf(args, option) >= 0 ? null : defaultValue;
        }

        return int.TryParse(text.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max ? value : null;
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider services, string[] args)
    {
        var email = OptionValue(args, "--email");
        if (string.IsNullOrWhiteSpace(email))
        {
            await Console.Error.WriteLineAsync("Usage: create-admin --email <adresse> [--name \"Prénom Nom\"]");
            return 2;
        }

        var name = OptionValue(args, "--name") ?? email.Split('@')[0];
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System("commande create-admin");
        var result = await scope.ServiceProvider.GetRequiredService<CreateFirstAdministratorHandler>().HandleAsync(email, name);
        if (!result.Succeeded)
        {
            await Console.Error.WriteLineAsync(string.Join(Environment.NewLine, result.Errors));
            return 1;
        }

        Console.WriteLine($"Administrateur créé : {email}");
        Console.WriteLine($"Mot de passe temporaire (à changer à la première connexion) : {result.Value!.TemporaryPassword}");
        return 0;
    }
}
