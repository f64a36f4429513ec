using System.Net;
using System.Text.Json;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using CrmBlazor.Web.Resources;

namespace CrmBlazor.IntegrationTests.Security;

/// <summary>Who may open which page, through the real pipeline (cookie, policies, status-code pages, staff gate).</summary>
public sealed class AuthorizationTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string StaffAccountsPath = "/administration/comptes";
    private const string JournalPath = "/administration/journal";
    private const string JobsPath = "/traitements";

    [Theory]
    [InlineData("/")]
    [InlineData(StaffAccountsPath)]
    [InlineData(JournalPath)]
    [InlineData(JobsPath)]
    [InlineData("/adhesions")]
    [InlineData("/evenements")]
    [InlineData("/evenements/1/participants.csv")]
    public async Task Anonymous_visitor_is_redirected_to_sign_in_with_return_url(string path)
    {
        using var session = NewSession();

        using var response = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        var location = new Uri(new Uri("http://localhost"), WebSession.LocationOf(response));
        Assert.Equal(WebSession.SignInPath, location.AbsolutePath);
        Assert.Equal($"?ReturnUrl={Uri.EscapeDataString(path)}", location.Query);
    }

    [Theory]
    [InlineData(StaffAccountsPath)]
    [InlineData(JournalPath)]
    [InlineData(JobsPath)]
    [InlineData("/administration/adhesions")]
    public async Task Operator_gets_403_with_French_page_on_supervision_and_administration(string path)
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        using var response = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var text = Html.Text(await response.Content.ReadAsStringAsync());
        Assert.Contains("Accès refusé", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Operator_opens_the_home_page_without_two_factor()
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        var html = await session.GetPageAsync("/");

        Assert.Contains(operatorAccount.DisplayName, Html.Text(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_opens_jobs_page_but_gets_403_on_staff_accounts()
    {
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, twoFactor: true);
        using var session = NewSession();
        await session.SignInAsync(supervisor);

        using var jobs = await session.GetAsync(JobsPath);
        using var accounts = await session.GetAsync(StaffAccountsPath);

        Assert.Equal(HttpStatusCode.OK, jobs.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, accounts.StatusCode);
        Assert.Contains("Accès refusé", Html.Text(await accounts.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffAccountsPath)]
    [InlineData(JournalPath)]
    [InlineData(JobsPath)]
    public async Task Administrator_opens_every_supervision_and_administration_page(string path)
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, twoFactor: true);
        using var session = NewSession();
        await session.SignInAsync(administrator);

        using var response = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("Accès refusé", Html.Text(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Supervisor)]
    [InlineData(StaffRoles.Administrator)]
    public async Task Member_whose_role_requires_two_factor_is_sent_to_security_page_until_enrolled(string role)
    {
        var account = await App.CreateStaffAsync(role);
        using var session = NewSession();
        await session.SignInAsync(account);

        using var home = await session.GetAsync("/");
        using var jobs = await session.GetAsync(JobsPath);

        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.Equal("/compte/securite?obligatoire=1", WebSession.LocationOf(home));
        Assert.Equal(HttpStatusCode.Found, jobs.StatusCode);
        Assert.Equal("/compte/securite?obligatoire=1", WebSession.LocationOf(jobs));
        var security = Html.Text(await session.GetPageAsync("/compte/securite?obligatoire=1"));
        Assert.Contains(Ui.Security_Mandatory, security, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Account_with_temporary_password_is_sent_to_password_change()
    {
        var account = await App.CreateStaffAsync(StaffRoles.Operator, temporaryPassword: true);
        Assert.NotEqual(CrmAppFixture.Password, account.Password);
        Assert.True((await App.FindUserAsync(account.Id)).MustChangePassword);
        using var session = NewSession();
        await session.SignInAsync(account);

        using var home = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.Found, home.StatusCode);
        Assert.Equal("/compte/mot-de-passe?obligatoire=1", WebSession.LocationOf(home));
        var changePassword = Html.Text(await session.GetPageAsync("/compte/mot-de-passe?obligatoire=1"));
        Assert.Contains(Ui.Password_Mandatory, changePassword, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Health_endpoint_is_anonymous_and_reports_every_check_healthy()
    {
        using var session = NewSession();

        using var response = await session.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("status").GetString());
        var checks = json.RootElement.GetProperty("checks");
        foreach (var check in new[] { "database", "migrations", "scheduler" })
        {
            Assert.Equal("Healthy", checks.GetProperty(check).GetProperty("status").GetString());
        }
    }
}
