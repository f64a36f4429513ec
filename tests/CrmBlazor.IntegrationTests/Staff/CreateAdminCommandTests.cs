using System.Text.RegularExpressions;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.IntegrationTests.TestSupport;
using CrmBlazor.Web.Cli;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Staff;

/// <summary><c>create-admin</c>: the one way to the first administrator of an empty database, refused afterwards.</summary>
public sealed partial class CreateAdminCommandTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Create_admin_creates_the_first_administrator_with_a_temporary_password()
    {
        int exitCode;
        string output;
        using (var console = new ConsoleCapture())
        {
            exitCode = await CommandLine.RunAsync(App.Services, ["create-admin", "--email", "anne.martin@asso.fr", "--name", "Anne Martin"]);
            output = console.Output;
        }

        Assert.Equal(0, exitCode);
        Assert.Contains("Administrateur créé : anne.martin@asso.fr", output, StringComparison.Ordinal);
        var temporaryPassword = TemporaryPasswordLine().Match(output);
        Assert.True(temporaryPassword.Success, $"No temporary password in the output:\n{output}");

        var user = await App.QueryAsync(db => db.Users.AsNoTracking().SingleAsync());
        Assert.Equal(("anne.martin@asso.fr", "Anne Martin", true, false), (user.Email, user.DisplayName, user.MustChangePassword, user.IsDisabled));
        var roles = await App.ActAsync(Actor.System("tests"), s => s.GetRequiredService<UserManager<StaffUser>>().GetRolesAsync(user));
        Assert.Equal([StaffRoles.Administrator], roles);
        var created = Assert.Single(await App.JournalAsync(), e => e.Action == JournalAction.Created && e.EntityType == "staff_users");
        Assert.Equal("Système · commande create-admin", created.ActorName);
        Assert.Contains(new FieldChange("Email", null, "anne.martin@asso.fr"), created.Changes);

        // The printed password works once, and leads straight to the password change.
        using var session = NewSession();
        await session.SignInAsync(new StaffAccount(
            user.Id, user.Email!, user.DisplayName, StaffRoles.Administrator, temporaryPassword.Groups["password"].Value, null));
        using var home = await session.GetAsync("/");
        Assert.Equal("/compte/mot-de-passe?obligatoire=1", WebSession.LocationOf(home));
    }

    [Fact]
    public async Task Create_admin_is_refused_once_an_administrator_exists()
    {
        await App.CreateStaffAsync(StaffRoles.Administrator);

        int exitCode;
        string errors;
        using (var console = new ConsoleCapture())
        {
            exitCode = await CommandLine.RunAsync(App.Services, ["create-admin", "--email", "second@asso.fr"]);
            errors = console.Error;
        }

        Assert.Equal(1, exitCode);
        Assert.Contains(Messages.Staff_AdministratorExists, errors, StringComparison.Ordinal);
        Assert.Equal(1, await App.QueryAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Create_admin_without_email_prints_usage_and_creates_nothing()
    {
        int exitCode;
        string errors;
        using (var console = new ConsoleCapture())
        {
            exitCode = await CommandLine.RunAsync(App.Services, ["create-admin", "--name", "Anne"]);
            errors = console.Error;
        }

        Assert.Equal(2, exitCode);
        Assert.StartsWith("Usage: create-admin --email", errors, StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(db => db.Users.CountAsync()));
    }

    [GeneratedRegex(@"Mot de passe temporaire \(à changer à la première connexion\) : (?<password>\S+)")]
    private static partial Regex TemporaryPasswordLine();
}
