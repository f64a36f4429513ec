using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

[assembly: CollectionBehavior(DisableTestParallelization = true)]

namespace CrmBlazor.BrowserTests;

/// <summary>
/// What a member of staff does in a real browser against the real app. The tests share one app and
/// database but not their order: only the first test enrols 2FA for the Administrateur, and whichever
/// other test signs in as the Administrateur answers the second step with the key it left in the fixture.
/// </summary>
[Collection(CrmAppCollection.Name)]
public sealed partial class StaffJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Administrator_signs_in_enrols_two_factor_signs_out_and_signs_in_with_a_code() => InBrowserAsync(async page =>
    {
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/compte/connexion"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "fr");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");
        await page.Locator("#email").FillAsync(CrmAppFixture.AdminEmail);
        await page.Locator("#password").FillAsync(CrmAppFixture.DemoPassword);
        await page.Locator("#sign-in").ClickAsync();
        await ExpectHomePageAsync(page);
        await Expect(page.Locator("#two-factor-reminder")).ToBeVisibleAsync();

        await page.GotoAsync("/compte/securite");
        await Expect(page.Locator("#qr-code")).ToBeVisibleAsync();
        var key = (await page.Locator("#shared-key").InnerTextAsync()).Trim();
        Assert.Matches(SharedKeyFormat(), key);
        App.AdminAuthenticatorKey = key;
        await page.Locator("#code").FillAsync(await Totp.FreshCodeAsync(key, TimeSpan.FromSeconds(3)));
        await page.Locator("#enable-2fa").ClickAsync();
        await Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);

        await page.GotoAsync("/");
        await ExpectHomePageAsync(page);
        await Expect(page.Locator("#two-factor-reminder")).ToHaveCountAsync(0);
        await WaitForInteractivityAsync(page);
        await page.Locator("#sign-out").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/compte/connexion$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");

        await page.Locator("#email").FillAsync(CrmAppFixture.AdminEmail);
        await page.Locator("#password").FillAsync(CrmAppFixture.DemoPassword);
        await page.Locator("#sign-in").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/compte/connexion-2fa"));
        await page.Locator("#code").FillAsync(await Totp.FreshCodeAsync(key, TimeSpan.FromSeconds(3)));
        await page.Locator("#verify").ClickAsync();
        await ExpectHomePageAsync(page);
    });

    [Fact]
    public Task Supervisor_runs_a_job_from_Traitements_and_sees_its_outcome() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, CrmAppFixture.SupervisorEmail);
        await page.GotoAsync("/traitements");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Traitements");
        await WaitForInteractivityAsync(page);
        var runNow = page.Locator("#run-housekeeping");
        await Expect(runNow).ToBeEnabledAsync();

        var outcome = page.Locator("[data-job-outcome=housekeeping]");
        var succeeded = page.Locator("#recent-runs tbody tr").Filter(new LocatorFilterOptions { HasText = "Réussi" });
        var before = await succeeded.CountAsync();
        await runNow.ClickAsync();
        await Expect(page.GetByText("« Ménage nocturne » est lancé")).ToBeVisibleAsync();

        // No reload: the run's end reaches the page through PostgreSQL LISTEN/NOTIFY.
        await Expect(outcome).ToContainTextAsync("Réussi", new LocatorAssertionsToContainTextOptions { Timeout = 20_000 });
        await Expect(succeeded).ToHaveCountAsync(before + 1);
        await Expect(succeeded.First).ToContainTextAsync("Sami Superviseur");
    });

    [Fact]
    public Task Operator_sees_access_denied_on_administration() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, CrmAppFixture.OperatorEmail);

        var response = await page.GotoAsync("/administration/comptes");

        Assert.NotNull(response);
        Assert.Equal(403, response.Status);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Accès refusé");
        await Expect(page.GetByText("Comptes du personnel")).ToHaveCountAsync(0);
    });

    [Fact]
    public Task Administrator_creates_a_staff_account_and_sees_the_temporary_password() => InBrowserAsync(async page =>
    {
        var email = $"agent-{Guid.NewGuid():N}"[..14] + "@demo.crmblazor.fr";
        await SignInAsync(page, CrmAppFixture.AdminEmail);
        await page.GotoAsync("/administration/comptes");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Comptes du personnel");
        // The grid loads its rows once the page is interactive.
        await Expect(page.GetByRole(AriaRole.Cell, new PageGetByRoleOptions { Name = CrmAppFixture.AdminEmail, Exact = true }))
            .ToBeVisibleAsync();

        await WaitForInteractivityAsync(page);
        await page.Locator("#create-account").ClickAsync();
        var dialog = page.Locator(".mud-dialog").Filter(new LocatorFilterOptions { Has = page.Locator("#confirm-create") });
        await Expect(dialog).ToBeVisibleAsync();
        await FillMudFieldAsync(dialog.Locator("#new-email"), email);
        await FillMudFieldAsync(dialog.Locator("#new-name"), "Paul Nouveau");
        await Expect(dialog.Locator("#new-role")).ToHaveValueAsync("Opérateur");
        await dialog.Locator("#confirm-create").ClickAsync();

        var notice = page.Locator(".mud-dialog").Filter(new LocatorFilterOptions { HasText = "Compte créé" });
        await Expect(notice).ToBeVisibleAsync();
        await Expect(notice).ToContainTextAsync($"Le compte {email} est créé.");
        var password = TemporaryPassword().Match(await notice.InnerTextAsync());
        Assert.True(password.Success, "The message box shows no temporary password.");
        await notice.GetByRole(AriaRole.Button, new LocatorGetByRoleOptions { Name = "J'ai noté" }).ClickAsync();
        await Expect(notice).ToHaveCountAsync(0);

        var row = page.Locator("tr").Filter(new LocatorFilterOptions { HasText = email });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync("Paul Nouveau");
        await Expect(row).ToContainTextAsync("Opérateur");
        await Expect(row).ToContainTextAsync("Mot de passe à changer");

        // The password shown is the real one: the new member signs in with it and must replace it first.
        await using var newcomer = await App.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl });
        var newPage = await newcomer.NewPageAsync();
        await newPage.GotoAsync("/compte/connexion");
        await newPage.Locator("#email").FillAsync(email);
        await newPage.Locator("#password").FillAsync(password.Groups["password"].Value);
        await newPage.Locator("#sign-in").ClickAsync();
        await Expect(newPage).ToHaveURLAsync(new Regex("/compte/mot-de-passe"));
    });

    /// <summary>Types into a MudBlazor text field, then leaves it: its value binds on change, not on each key.</summary>
    private static async Task FillMudFieldAsync(ILocator input, string value)
    {
        await input.FillAsync(value);
        await input.PressAsync("Tab");
    }

    [GeneratedRegex("^[a-z2-7]{4}( [a-z2-7]{1,4})+$")]
    private static partial Regex SharedKeyFormat();

    [GeneratedRegex(@"Mot de passe temporaire, à transmettre de vive voix : (?<password>\S+)")]
    private static partial Regex TemporaryPassword();
}
