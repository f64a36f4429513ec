using System.Net;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using CrmBlazor.Web.Resources;

namespace CrmBlazor.IntegrationTests.Security;

/// <summary>TOTP enrolment on the security page and the second sign-in step, answered with codes the test computes.</summary>
public sealed class TwoFactorTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string SecurityPath = "/compte/securite";

    [Fact]
    public async Task Supervisor_enrols_an_authenticator_on_the_security_page_then_signs_in_with_its_code()
    {
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor);
        using (var enrolment = NewSession())
        {
            await enrolment.SignInAsync(supervisor);
            using (var gated = await enrolment.GetAsync("/"))
            {
                Assert.Equal($"{SecurityPath}?obligatoire=1", WebSession.LocationOf(gated));
            }

            var sharedKey = Html.ElementText(await enrolment.GetPageAsync(SecurityPath), "shared-key");
            Assert.NotNull(sharedKey);
            Assert.Matches("^([a-z2-7]{4} )*[a-z2-7]{1,4}$", sharedKey);

            using (var wrong = await enrolment.SubmitFormAsync(
                SecurityPath, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.WrongCode(sharedKey) }))
            {
                Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
                Assert.Equal(Messages.TwoFactor_InvalidCode, Html.ErrorMessage(await wrong.Content.ReadAsStringAsync()));
            }

            Assert.False((await App.FindUserAsync(supervisor.Id)).TwoFactorEnabled);

            using (var enabled = await enrolment.SubmitFormAsync(
                SecurityPath, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(sharedKey) }))
            {
                Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
                var html = await enabled.Content.ReadAsStringAsync();
                Assert.Null(Html.ErrorMessage(html));
                Assert.Contains(Ui.Security_EnabledNow, Html.Text(html), StringComparison.Ordinal);
                var recoveryCodes = Html.ListItems(Html.ElementInner(html, "recovery-codes") ?? "");
                Assert.Equal(10, recoveryCodes.Count);
                Assert.All(recoveryCodes, code => Assert.False(string.IsNullOrWhiteSpace(code)));
                Assert.Equal(10, recoveryCodes.Distinct().Count());
            }

            // The cookie was refreshed with the new 2FA state: the gate opens in the same session.
            await enrolment.GetPageAsync("/");
            supervisor = supervisor with { AuthenticatorKey = sharedKey };
        }

        Assert.True((await App.FindUserAsync(supervisor.Id)).TwoFactorEnabled);
        Assert.Contains(await App.JournalAsync(), e => e.Action == JournalAction.TwoFactorEnabled && e.EntityKey == supervisor.Id.ToString());

        using var later = NewSession();
        using var password = await later.SubmitPasswordAsync(supervisor.Email, CrmAppFixture.Password);
        var twoFactorPath = await WebSession.ExpectRedirectAsync(password, "password step");
        Assert.Equal($"{WebSession.TwoFactorPath}?returnUrl=%2F", twoFactorPath);
        using (var notYet = await later.GetAsync("/"))
        {
            Assert.Equal(HttpStatusCode.Found, notYet.StatusCode);
            Assert.StartsWith(WebSession.SignInPath + "?", WebSession.LocationOf(notYet), StringComparison.Ordinal);
        }

        using var code = await later.SubmitTwoFactorCodeAsync(twoFactorPath, Totp.Code(supervisor.AuthenticatorKey!));
        Assert.Equal("/", await WebSession.ExpectRedirectAsync(code, "2FA step"));
        await later.GetPageAsync("/");
        await later.GetPageAsync("/traitements");
        Assert.Contains(
            await App.JournalAsync(),
            e => e.Action == JournalAction.SignedIn && e.EntityKey == supervisor.Id.ToString() && e.Detail == "Connexion par code de l'application");
    }

    [Fact]
    public async Task Wrong_authenticator_code_is_refused_in_French_and_the_right_one_then_signs_in()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, twoFactor: true);
        using var session = NewSession();
        using var password = await session.SubmitPasswordAsync(administrator.Email, CrmAppFixture.Password, "/administration/comptes");
        var twoFactorPath = await WebSession.ExpectRedirectAsync(password, "password step");
        Assert.Equal($"{WebSession.TwoFactorPath}?returnUrl=%2Fadministration%2Fcomptes", twoFactorPath);

        using var wrong = await session.SubmitTwoFactorCodeAsync(twoFactorPath, Totp.WrongCode(administrator.AuthenticatorKey!));

        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal("Le code saisi n'est pas valide.", Html.ErrorMessage(await wrong.Content.ReadAsStringAsync()));
        using (var stillOut = await session.GetAsync("/administration/comptes"))
        {
            Assert.Equal(HttpStatusCode.Found, stillOut.StatusCode);
            Assert.StartsWith(WebSession.SignInPath + "?", WebSession.LocationOf(stillOut), StringComparison.Ordinal);
        }

        using var right = await session.SubmitTwoFactorCodeAsync(twoFactorPath, Totp.Code(administrator.AuthenticatorKey!));
        Assert.Equal("/administration/comptes", await WebSession.ExpectRedirectAsync(right, "2FA step"));
        await session.GetPageAsync("/administration/comptes");
    }

    [Fact]
    public async Task Code_step_without_the_password_step_is_refused()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, twoFactor: true);
        using var session = NewSession();

        using var response = await session.SubmitTwoFactorCodeAsync(
            $"{WebSession.TwoFactorPath}?returnUrl=%2F", Totp.Code(administrator.AuthenticatorKey!));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Messages.SignIn_SessionExpired, Html.ErrorMessage(await response.Content.ReadAsStringAsync()));
        using var home = await session.GetAsync("/");
        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
    }
}
