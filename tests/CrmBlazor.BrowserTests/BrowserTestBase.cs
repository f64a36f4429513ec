using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

/// <summary>
/// Steps shared by the browser tests: a fresh browser context per test, signing in as a demo account,
/// and, when a step fails, a screenshot and the app's latest output in the failure message.
/// </summary>
public abstract class BrowserTestBase(CrmAppFixture app, ITestOutputHelper output)
{
    protected static readonly TimeSpan StepTimeout = TimeSpan.FromSeconds(15);

    protected CrmAppFixture App { get; } = app;

    protected ITestOutputHelper Output { get; } = output;

    protected static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    protected static IPageAssertions Expect(IPage page) => Assertions.Expect(page);

    /// <summary>Runs the steps in a new browser context (own cookies), closed afterwards.</summary>
    protected async Task InBrowserAsync(Func<IPage, Task> steps, [CallerMemberName] string test = "")
    {
        // Expect()'s own default (5 s) is short for a cold app on a 2-core CI machine: a first sign-out or
        // query can take longer while the JIT and EF Core warm up.
        Assertions.SetDefaultExpectTimeout((float)StepTimeout.TotalMilliseconds);
        var context = await App.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = App.BaseUrl,
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        context.SetDefaultTimeout((float)StepTimeout.TotalMilliseconds);
        var console = new List<string>();
        try
        {
            var page = await context.NewPageAsync();
            page.Console += (_, message) =>
            {
                if (message.Type is "error" or "warning")
                {
                    lock (console)
                    {
                        console.Add($"[{message.Type}] {message.Text}");
                    }
                }
            };
            page.PageError += (_, error) =>
            {
                lock (console)
                {
                    console.Add($"[pageerror] {error}");
                }
            };

            try
            {
                await steps(page);
            }
            catch (Exception failure)
            {
                throw new BrowserTestFailedException(await DescribeFailureAsync(test, page, failure, console), failure);
            }
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    /// <summary>Signs in with the demo password; answers the 2FA step for the Administrateur if enrolled.</summary>
    protected async Task SignInAsync(IPage page, string email)
    {
        await page.GotoAsync("/compte/connexion");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Connexion");
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(CrmAppFixture.DemoPassword);
        await page.Locator("#sign-in").ClickAsync();
        await page.WaitForURLAsync(url => PathOf(url) != "/compte/connexion");

        if (PathOf(page.Url) == "/compte/connexion-2fa")
        {
            var key = email == CrmAppFixture.AdminEmail ? App.AdminAuthenticatorKey : null;
            Assert.True(key is not null, $"{email} is asked for a 2FA code, but no test enrolled an authenticator for that account.");
            await page.Locator("#code").FillAsync(await Totp.FreshCodeAsync(key!, TimeSpan.FromSeconds(3)));
            await page.Locator("#verify").ClickAsync();
            await page.WaitForURLAsync(url => PathOf(url) != "/compte/connexion-2fa");
        }

        await ExpectHomePageAsync(page);
    }

    protected static async Task ExpectHomePageAsync(IPage page)
    {
        await Expect(page).ToHaveURLAsync(new Regex(@"^https?://[^/]+/$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync(new Regex("^Bonjour "));
    }

    /// <summary>
    /// Waits until an interactive page is driven by its Blazor circuit. Such pages are first prerendered;
    /// once the circuit is up, Blazor replaces that HTML with its own rendering (which marks component
    /// boundaries with <c>&lt;!--!--&gt;</c> comments, absent from prerendered HTML). A click that lands on
    /// the prerendered HTML, or while it is being replaced, is lost.
    /// </summary>
    protected static async Task WaitForInteractivityAsync(IPage page)
    {
        try
        {
            await page.WaitForFunctionAsync(
                "() => document.body.innerHTML.includes('<!--!-->')",
                null,
                new PageWaitForFunctionOptions { Timeout = (float)StepTimeout.TotalMilliseconds, PollingInterval = 100 });
        }
        catch (PlaywrightException e)
        {
            throw new TimeoutException($"{page.Url} did not become interactive (no Blazor circuit rendering) within {StepTimeout.TotalSeconds:0} s.", e);
        }
    }

    protected static string PathOf(string url) => new Uri(url).AbsolutePath;

    private async Task<string> DescribeFailureAsync(string test, IPage page, Exception failure, List<string> console)
    {
        var message = new StringBuilder();
        message.AppendLine($"{test} failed at {page.Url}: {failure.Message}");
        try
        {
            Directory.CreateDirectory(App.ArtifactsDirectory);
            var stem = Path.Combine(App.ArtifactsDirectory, $"{test}-{DateTime.UtcNow:yyyyMMdd-HHmmss}");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = stem + ".png", FullPage = true, Timeout = 10_000 });
            await File.WriteAllTextAsync(stem + ".html", await page.ContentAsync());
            message.AppendLine($"Screenshot: {stem}.png (page HTML beside it)");
        }
        catch (Exception e) when (e is PlaywrightException or IOException or TimeoutException)
        {
            message.AppendLine($"No screenshot: {e.Message}");
        }

        lock (console)
        {
            if (console.Count > 0)
            {
                message.AppendLine("--- browser console ---").AppendLine(string.Join('\n', console));
            }
        }

        message.AppendLine(App.RecentAppOutput());
        Output.WriteLine(message.ToString());
        return message.ToString();
    }
}

public sealed class BrowserTestFailedException(string message, Exception inner) : Exception(message, inner);
