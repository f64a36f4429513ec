using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CrmBlazor.BrowserTests;

[Collection(CrmAppCollection.Name)]
public sealed class SegmentJourneyTests(CrmAppFixture app, ITestOutputHelper output) : BrowserTestBase(app, output)
{
    [Fact]
    public Task Supervisor_builds_a_segment_watches_the_count_follow_the_criteria_and_saves_it() => InBrowserAsync(async page =>
    {
        await SignInAsync(page, CrmAppFixture.SupervisorEmail);
        await page.GotoAsync("/segments/nouveau");
        await WaitForInteractivityAsync(page);

        // No criterion yet: the whole base.
        var count = page.Locator("[data-testid=segment-count]");
        await Expect(count).ToHaveAttributeAsync("data-count", new Regex("^[1-9][0-9]*$"));
        var everyone = await CountAsync(count);

        await page.Locator("[data-testid=add-criterion] button").First.ClickAsync();
        await page.Locator(".mud-popover-open").GetByText("Code postal", new LocatorGetByTextOptions { Exact = true }).ClickAsync();
        var criterion = page.Locator("[data-testid=criterion]");
        await Expect(page.Locator("[data-testid=segment-problems]")).ToContainTextAsync("Indiquez au moins un début de code postal.");

        // Typing is enough: the count follows, debounced, without any « rechercher » button.
        await criterion.GetByLabel("Codes postaux (75, 92…)").PressSequentiallyAsync("75");
        await Expect(count).ToBeVisibleAsync();
        await Expect(count).Not.ToHaveAttributeAsync("data-count", everyone.ToString(CultureInfo.InvariantCulture));
        var parisians = await CountAsync(count);
        Assert.InRange(parisians, 0, everyone - 1);

        // « Sauf » turns it into the complement.
        await criterion.GetByLabel("Sauf", new LocatorGetByLabelOptions { Exact = true }).CheckAsync();
        await Expect(count).ToHaveAttributeAsync("data-count", (everyone - parisians).ToString(CultureInfo.InvariantCulture));

        var name = $"Hors Paris {Guid.NewGuid().ToString("N")[..6]}";
        await page.Locator("input[data-testid=segment-name]").FillAsync(name);
        await page.Locator("[data-testid=segment-save]").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/segments/\d+$"));
        await WaitForInteractivityAsync(page);
        await Expect(page.Locator("[data-testid=segment-count]")).ToHaveAttributeAsync("data-count", (everyone - parisians).ToString(CultureInfo.InvariantCulture));

        await page.GotoAsync("/segments");
        await Expect(page.Locator("[data-testid=segments-list]")).ToContainTextAsync(name);
    });

    private static async Task<long> CountAsync(ILocator count) =>
        long.Parse((await count.GetAttributeAsync("data-count"))!, CultureInfo.InvariantCulture);
}
