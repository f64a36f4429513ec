using System.Security.Claims;
using Bunit;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Web.Components.Layout;
using CrmBlazor.Web.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.ComponentTests;

/// <summary>
/// The side menu shows each role what it may open. The policies granted to the test user are worked out
/// from the app's own <see cref="StaffPolicies"/> for the role, so the test follows the real rules.
/// </summary>
public sealed class NavMenuTests : ComponentTest
{
    private const string Jobs = "/traitements";
    private const string StaffAccounts = "/administration/comptes";
    private const string Journal = "/administration/journal";
    private const string Campaigns = "/campagnes";
    private const string CodeLists = "/administration/listes";
    private const string Reconciliation = "/recurrent/rapprochement";

    [Fact]
    public async Task Operator_menu_hides_jobs_and_administration()
    {
        var menu = await RenderMenuForAsync(StaffRoles.Operator);

        var links = LinksOf(menu);
        Assert.Contains("/", links);
        Assert.DoesNotContain(Jobs, links);
        Assert.DoesNotContain(Reconciliation, links);
        Assert.DoesNotContain(StaffAccounts, links);
        Assert.DoesNotContain(Journal, links);
        Assert.DoesNotContain("Administration", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Supervisor_menu_shows_jobs_but_not_administration()
    {
        var menu = await RenderMenuForAsync(StaffRoles.Supervisor);

        var links = LinksOf(menu);
        Assert.Contains(Jobs, links);
        Assert.DoesNotContain(StaffAccounts, links);
        Assert.DoesNotContain(Journal, links);
        Assert.Contains("Traitements", menu.Find($"a[href='{Jobs}']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Rapprochement", menu.Find($"a[href='{Reconciliation}']").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Operator, false)]
    [InlineData(StaffRoles.Supervisor, true)]
    [InlineData(StaffRoles.Administrator, true)]
    public async Task Provider_files_are_in_the_menu_from_supervisor_up(string role, bool shown)
    {
        var menu = await RenderMenuForAsync(role);

        Assert.Equal(shown, LinksOf(menu).Contains("/recurrent/fichiers"));
    }

    [Fact]
    public async Task Administrator_menu_shows_staff_accounts_and_journal()
    {
        var menu = await RenderMenuForAsync(StaffRoles.Administrator);

        var links = LinksOf(menu);
        Assert.Contains(Jobs, links);
        Assert.Contains(StaffAccounts, links);
        Assert.Contains(Journal, links);
        Assert.Contains("Comptes du personnel", menu.Find($"a[href='{StaffAccounts}']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Journal", menu.Find($"a[href='{Journal}']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Administration", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sections_to_come_are_listed_but_lead_nowhere()
    {
        var menu = await RenderMenuForAsync(StaffRoles.Operator);

        var linkTexts = menu.FindAll("a[href]").Select(a => a.TextContent).ToList();
        foreach (var section in new[] { "Dons" })
        {
            Assert.Contains(section, menu.Markup, StringComparison.Ordinal);
            Assert.DoesNotContain(linkTexts, text => text.Contains(section, StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData(StaffRoles.Operator, false)]
    [InlineData(StaffRoles.Supervisor, false)]
    [InlineData(StaffRoles.Administrator, true)]
    public async Task Memberships_and_events_are_open_to_every_role_and_membership_types_to_administrators(string role, bool types)
    {
        var menu = await RenderMenuForAsync(role);

        var links = LinksOf(menu);
        Assert.Contains("Adhésions", menu.Find("a[href='/adhesions']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Événements", menu.Find("a[href='/evenements']").TextContent, StringComparison.Ordinal);
        Assert.Equal(types, links.Contains("/administration/adhesions"));
    }

    [Theory]
    [InlineData(StaffRoles.Operator)]
    [InlineData(StaffRoles.Supervisor)]
    public async Task Campaigns_and_code_lists_are_hidden_below_administrator(string role)
    {
        var menu = await RenderMenuForAsync(role);

        var links = LinksOf(menu);
        Assert.DoesNotContain(Campaigns, links);
        Assert.DoesNotContain(CodeLists, links);
        Assert.DoesNotContain("Campagnes", menu.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Administrator_menu_leads_to_campaigns_and_code_lists()
    {
        var menu = await RenderMenuForAsync(StaffRoles.Administrator);

        Assert.Contains("Campagnes", menu.Find($"a[href='{Campaigns}']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Listes de codes", menu.Find($"a[href='{CodeLists}']").TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRoles.Operator, false)]
    [InlineData(StaffRoles.Supervisor, true)]
    [InlineData(StaffRoles.Administrator, true)]
    public async Task The_unpaid_queue_is_offered_from_supervisor_up(string role, bool offered)
    {
        const string unpaid = "/recurrent/impayes";

        var menu = await RenderMenuForAsync(role);

        Assert.Equal(offered, LinksOf(menu).Contains(unpaid));
        if (offered)
        {
            Assert.Contains("Impayés", menu.Find($"a[href='{unpaid}']").TextContent, StringComparison.Ordinal);
        }
    }

    private async Task<IRenderedComponent<NavMenu>> RenderMenuForAsync(string role)
    {
        var authorization = AddAuthorization();
        authorization.SetAuthorized($"{role}@demo.crmblazor.fr");
        authorization.SetRoles(role);
        authorization.SetPolicies([.. await PoliciesGrantedToAsync(role)]);
        return Render<NavMenu>();
    }

    /// <summary>The staff policies that a member holding only <paramref name="role"/> satisfies, by the app's rules.</summary>
    private static async Task<IReadOnlyList<string>> PoliciesGrantedToAsync(string role)
    {
        await using var services = new ServiceCollection().AddLogging().AddAuthorizationCore(StaffPolicies.Add).BuildServiceProvider();
        var authorization = services.GetRequiredService<IAuthorizationService>();
        var member = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, role)], "test"));
        var granted = new List<string>();
        foreach (var policy in new[] { StaffPolicies.Operator, StaffPolicies.Supervisor, StaffPolicies.Administrator })
        {
            if ((await authorization.AuthorizeAsync(member, policy)).Succeeded)
            {
                granted.Add(policy);
            }
        }

        return granted;
    }

    private static List<string> LinksOf(IRenderedComponent<NavMenu> menu) =>
        menu.FindAll("a[href]").Select(a => a.GetAttribute("href")!).ToList();
}
