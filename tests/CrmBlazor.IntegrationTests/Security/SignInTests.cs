using System.Net;
using CrmBlazor.Application.Resources;
using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using CrmBlazor.Web.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Security;

/// <summary>The sign-in page as a browser uses it: form post with antiforgery token, cookie, redirects, French messages.</summary>
public sealed class SignInTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Member_signs_in_with_password_and_is_sent_to_the_return_url()
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();

        using var response = await session.SubmitPasswordAsync(account.Email, CrmAppFixture.Password, "/compte/securite");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/compte/securite", WebSession.LocationOf(response));
        var home = Html.Text(await session.GetPageAsync("/"));
        Assert.Contains(string.Format(Ui.Home_Welcome, account.DisplayName), home, StringComparison.Ordinal);
        var signedIn = Assert.Single(await App.JournalAsync(), e => e.Action == JournalAction.SignedIn);
        Assert.Equal(account.DisplayName, signedIn.ActorName);
        Assert.Equal(account.Id.ToString(), signedIn.ActorId);
        Assert.Equal(account.Id.ToString(), signedIn.EntityKey);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_French_message_and_journaled()
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();

        using var response = await session.SubmitPasswordAsync(account.Email, "Wrong-password-1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Adresse e-mail ou mot de passe incorrect.", Html.ErrorMessage(await response.Content.ReadAsStringAsync()));
        using var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.StartsWith(WebSession.SignInPath, WebSession.LocationOf(home), StringComparison.Ordinal);
        var failed = Assert.Single(await App.JournalAsync(), e => e.Action == JournalAction.SignInFailed);
        Assert.Equal(account.Id.ToString(), failed.EntityKey);
        Assert.Equal(1, (await App.FindUserAsync(account.Id)).AccessFailedCount);
    }

    [Fact]
    public async Task Unknown_email_gets_the_same_message_as_a_wrong_password()
    {
        using var session = NewSession();

        using var response = await session.SubmitPasswordAsync("personne@tests.crmblazor.fr", CrmAppFixture.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Messages.SignIn_Failed, Html.ErrorMessage(await response.Content.ReadAsStringAsync()));
        var failed = Assert.Single(await App.JournalAsync());
        Assert.Equal(JournalAction.SignInFailed, failed.Action);
        Assert.Equal(Actor.Anonymous.Name, failed.ActorName);
    }

    [Fact]
    public async Task Five_failed_attempts_lock_the_account_even_for_the_right_password()
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator);
        var lockedOut = string.Format(
            Messages.SignIn_LockedOut, StaffPasswordRules.MaxFailedAttempts, (int)StaffPasswordRules.LockoutDuration.TotalMinutes);
        Assert.Equal("Compte verrouillé après 5 échecs. Réessayez dans 15 minutes ou demandez à un administrateur.", lockedOut);
        using var session = NewSession();

        for (var attempt = 1; attempt < StaffPasswordRules.MaxFailedAttempts; attempt++)
        {
            using var failed = await session.SubmitPasswordAsync(account.Email, $"Wrong-password-{attempt}");
            Assert.Equal(Messages.SignIn_Failed, Html.ErrorMessage(await failed.Content.ReadAsStringAsync()));
        }

        using var fifth = await session.SubmitPasswordAsync(account.Email, "Wrong-password-5");
        Assert.Equal(lockedOut, Html.ErrorMessage(await fifth.Content.ReadAsStringAsync()));

        using var rightPassword = await session.SubmitPasswordAsync(account.Email, CrmAppFixture.Password);
        Assert.Equal(HttpStatusCode.OK, rightPassword.StatusCode);
        Assert.Equal(lockedOut, Html.ErrorMessage(await rightPassword.Content.ReadAsStringAsync()));
        using var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);

        var user = await App.FindUserAsync(account.Id);
        Assert.NotNull(user.LockoutEnd);
        var remaining = user.LockoutEnd.Value - DateTimeOffset.UtcNow;
        Assert.InRange(remaining, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
        Assert.Contains(await App.JournalAsync(), e => e.Action == JournalAction.LockedOut && e.EntityKey == account.Id.ToString());
    }

    [Fact]
    public async Task Disabled_account_cannot_sign_in()
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator);
        var stamp = (await App.FindUserAsync(account.Id)).ConcurrencyStamp!;
        var disabled = await App.ActAsync(Actor.System("tests"), s => s.GetRequiredService<SetStaffAccountEnabledHandler>()
            .HandleAsync(new SetStaffAccountEnabledCommand(account.Id, false, stamp)));
        Assert.True(disabled.Succeeded, string.Join(" ", disabled.Errors));
        using var session = NewSession();

        using var response = await session.SubmitPasswordAsync(account.Email, CrmAppFixture.Password);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Messages.SignIn_Disabled, Html.ErrorMessage(await response.Content.ReadAsStringAsync()));
        using var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.StartsWith(WebSession.SignInPath, WebSession.LocationOf(home), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("//evil.example/phishing")]
    [InlineData("https://evil.example/phishing")]
    [InlineData("/\\evil.example")]
    public async Task Return_url_outside_the_site_is_replaced_by_home(string returnUrl)
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();

        using var response = await session.SubmitPasswordAsync(account.Email, CrmAppFixture.Password, returnUrl);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", WebSession.LocationOf(response));
    }

    [Fact]
    public async Task Sign_in_post_without_antiforgery_token_is_rejected()
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.GetPageAsync(WebSession.SignInPath);

        using var response = await session.PostFormAsync(WebSession.SignInPath, new Dictionary<string, string>
        {
            ["_handler"] = "sign-in",
            ["Input.Email"] = account.Email,
            ["Input.Password"] = CrmAppFixture.Password,
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.DoesNotContain(await App.JournalAsync(), e => e.Action == JournalAction.SignedIn);
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_is_journaled()
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(account);
        var token = Html.AntiforgeryToken(await session.GetPageAsync("/compte/securite"));

        using var response = await session.PostFormAsync("/compte/deconnexion", new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
        });

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(WebSession.SignInPath, WebSession.LocationOf(response));
        using var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.StartsWith(WebSession.SignInPath, WebSession.LocationOf(home), StringComparison.Ordinal);
        var signedOut = Assert.Single(await App.JournalAsync(), e => e.Action == JournalAction.SignedOut);
        Assert.Equal(account.DisplayName, signedOut.ActorName);
    }
}
