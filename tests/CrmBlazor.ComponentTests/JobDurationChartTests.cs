using System.Globalization;
using AngleSharp.Dom;
using Bunit;
using CrmBlazor.Application.Jobs;
using CrmBlazor.Domain.Jobs;
using CrmBlazor.Web.Components.Pages.Jobs;

namespace CrmBlazor.ComponentTests;

public sealed class JobDurationChartTests : ComponentTest
{
    private const double ChartWidth = 600;
    private const double ChartHeight = 80;
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Chart_draws_one_bar_per_finished_run()
    {
        var chart = RenderChart(
            Run(1, 0, 1_200, JobOutcome.Succeeded),
            Run(2, 1, 3_400, JobOutcome.Failed),
            Run(3, 2, 800, JobOutcome.Succeeded),
            Run(4, 3, null, JobOutcome.Running));

        Assert.Equal(3, Bars(chart).Count);
    }

    [Fact]
    public void Failed_runs_get_the_failed_bar_class()
    {
        var chart = RenderChart(
            Run(1, 0, 1_200, JobOutcome.Succeeded),
            Run(2, 1, 3_400, JobOutcome.Failed),
            Run(3, 2, 800, JobOutcome.Cancelled));

        var failed = Assert.Single(chart.FindAll("rect.crm-bar-failed"));
        Assert.Contains("Échec", failed.TextContent, StringComparison.Ordinal);
        Assert.Single(chart.FindAll("rect.crm-bar-succeeded"));
        Assert.Single(chart.FindAll("rect.crm-bar-cancelled"));
    }

    [Fact]
    public void No_chart_without_a_finished_run()
    {
        Assert.Empty(RenderChart().FindAll("figure"));
        Assert.Empty(RenderChart(Run(1, 0, null, JobOutcome.Running)).FindAll("figure"));
    }

    [Fact]
    public void Bars_run_oldest_first_and_the_longest_run_fills_the_height()
    {
        // Given newest first, as the page lists them.
        var chart = RenderChart(
            Run(3, 2, 500, JobOutcome.Succeeded),
            Run(2, 1, 2_000, JobOutcome.Succeeded),
            Run(1, 0, 1_000, JobOutcome.Succeeded));

        var bars = Bars(chart).Select(Geometry).ToList();
        Assert.True(bars[0].X < bars[1].X && bars[1].X < bars[2].X, "Bars are not laid out left to right.");
        Assert.Equal([40d, 80d, 20d], bars.Select(b => b.Height));
        Assert.All(bars, b => Assert.Equal(ChartHeight, b.Y + b.Height, 1));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(20)]
    public void Bars_fit_in_the_chart_without_overlapping(int count)
    {
        var runs = Enumerable.Range(0, count).Select(i => Run(i, i, 300 + (i * 137 % 1_000), JobOutcome.Succeeded)).ToArray();

        var bars = Bars(RenderChart(runs)).Select(Geometry).OrderBy(b => b.X).ToList();

        Assert.Equal(count, bars.Count);
        Assert.All(bars, b => Assert.True(b.X >= 0 && b.X + b.Width <= ChartWidth && b.Width > 0, $"Bar out of the chart: {b}."));
        Assert.All(bars.Zip(bars.Skip(1)), pair => Assert.True(pair.First.X + pair.First.Width <= pair.Second.X, $"Bars overlap: {pair}."));
    }

    [Fact]
    public void Bar_geometry_is_valid_svg_in_a_French_culture()
    {
        // 1 234 ms out of 1 700 ms gives a fractional height: SVG wants "58.1", never the French "58,1".
        var chart = RenderChart(Run(1, 0, 1_234, JobOutcome.Succeeded), Run(2, 1, 1_700, JobOutcome.Succeeded), Run(3, 2, 999, JobOutcome.Failed));

        foreach (var bar in Bars(chart))
        {
            foreach (var attribute in new[] { "x", "y", "width", "height" })
            {
                var value = bar.GetAttribute(attribute) ?? "";
                Assert.True(
                    double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
                    $"<rect {attribute}=\"{value}\"> is not an SVG number.");
            }
        }
    }

    [Fact]
    public void Each_bar_says_when_how_long_and_how_it_ended()
    {
        var chart = RenderChart(Run(1, 0, 1_500, JobOutcome.Succeeded));

        var title = Assert.Single(Bars(chart)).QuerySelector("title")!.TextContent;
        Assert.Equal("23/11/2026 09:00:00 · 1,5 s · Réussi", title);
    }

    private IRenderedComponent<JobDurationChart> RenderChart(params JobRunView[] runs) =>
        Render<JobDurationChart>(p => p.Add(c => c.Runs, runs));

    private static IReadOnlyList<IElement> Bars(IRenderedComponent<JobDurationChart> chart) => chart.FindAll("rect.crm-bar");

    private static JobRunView Run(long id, int minutesAfterStart, int? durationMs, JobOutcome outcome)
    {
        var started = Start.AddMinutes(minutesAfterStart);
        DateTimeOffset? finished = durationMs is null ? null : started.AddMilliseconds(durationMs.Value);
        return new JobRunView(id, "housekeeping", started, finished, outcome, null, "Sami Superviseur", "node-1");
    }

    private static BarGeometry Geometry(IElement rect) => new(
        Number(rect, "x"), Number(rect, "y"), Number(rect, "width"), Number(rect, "height"));

    private static double Number(IElement rect, string attribute) =>
        double.Parse(rect.GetAttribute(attribute)!.Replace(',', '.'), CultureInfo.InvariantCulture);

    private sealed record BarGeometry(double X, double Y, double Width, double Height);
}
