using System.Diagnostics;
using CrmBlazor.Infrastructure.Receipts;
using CrmBlazor.UnitTests.TestSupport;
using Xunit.Abstractions;

namespace CrmBlazor.UnitTests.Receipts;

/// <summary>Alone in its collection so no other test shares the process while the clock runs.</summary>
[CollectionDefinition(nameof(ReceiptRenderingSpeedTests), DisableParallelization = true)]
public sealed class ReceiptRenderingSpeedCollection;

[Collection(nameof(ReceiptRenderingSpeedTests))]
public sealed class ReceiptRenderingSpeedTests
{
    private const int Count = 1000;
    private readonly ITestOutputHelper _output;

    public ReceiptRenderingSpeedTests(ITestOutputHelper output)
    {
        _output = output;
        PdfLicense.EnsureLoaded();
    }

    [Fact]
    public void The_annual_run_renders_a_thousand_receipts_at_a_few_milliseconds_a_page()
    {
        var renderer = new ReceiptPdfRenderer();
        var issuer = ReceiptSamples.Issuer(signature: ReceiptSamples.SignaturePng);
        var receipts = Enumerable.Range(1, Count).Select(i => ReceiptSamples.PerGift(number: $"RF-2026-{i:D6}", amount: 10m + i)).ToList();
        Render(renderer, issuer, receipts.Take(20)); // JIT and font caches, as a running server has them

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var size = Render(renderer, issuer, receipts);
        clock.Stop();
        process.Refresh();
        var cpuPerPage = (process.TotalProcessorTime - cpuBefore).TotalMilliseconds / Count;

        _output.WriteLine(
            $"RenderMany({Count}): {clock.Elapsed.TotalMilliseconds / Count:F2} ms/page elapsed, {cpuPerPage:F2} ms/page CPU, {size / Count / 1024.0:F1} KiB/page");
        // CPU time, not elapsed time, so other processes on a shared machine do not fail it; the bound is generous
        // because it guards against a regression by an order of magnitude, the printed figure is what to watch.
        Assert.InRange(cpuPerPage, 0, 20);
    }

    private static long Render(ReceiptPdfRenderer renderer, ReceiptIssuer issuer, IEnumerable<ReceiptPrint> receipts)
    {
        using var output = new MemoryStream();
        renderer.RenderMany(issuer, receipts, output);
        return output.Length;
    }
}
