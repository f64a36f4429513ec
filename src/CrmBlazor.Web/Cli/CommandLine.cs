using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;

namespace CrmBlazor.Web.Cli;

/// <summary>
/// Administration commands run instead of the web server, e.g.
/// <c>dotnet run --project src/CrmBlazor.Web -- create-admin --email anne@asso.fr --name "Anne Martin"</c>.
/// </summary>
public static class CommandLine
{
    private const string CreateAdmin = "create-admin";

    public static bool IsCommand(string[] args) => args.Length > 0 && args[0] == CreateAdmin;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
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

    private static string? OptionValue(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
