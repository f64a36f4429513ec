using System.Diagnostics;
using System.Globalization;
using System.Xml.Linq;
using CrmBlazor.Application.Recurring.Sepa;
using CrmBlazor.Domain.Recurring;
using Xunit.Abstractions;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>Alone in its collection so no other test shares the process while the clock runs.</summary>
[CollectionDefinition(nameof(Pain008SpeedTests), DisableParallelization = true)]
public sealed class Pain008SpeedCollection;

[Collection(nameof(Pain008SpeedTests))]
public sealed class Pain008SpeedTests(ITestOutputHelper output)
{
    private static readonly XNamespace Ns = Pain008Writer.Namespace;

    [Fact]
    public void Fifty_thousand_debits_are_written_and_validated_in_a_few_seconds()
    {
        var debits = Enumerable.Range(1, 50_000)
            .Select(i => Pain008WriterTests.Debit($"E2E-2026-04-{i:000000}", 5m + (i % 100), name: $"Donatrice numéro {i}"))
            .ToList();
        IReadOnlyList<SepaBatch> batches =
        [
            new("PMT-BIG-FRST", SepaSequence.First, new DateOnly(2026, 4, 10), debits[..5_000]),
            new("PMT-BIG-RCUR", SepaSequence.Recurring, new DateOnly(2026, 4, 10), debits[5_000..]),
        ];

        Pain008WriterTests.Validate(Pain008WriterTests.Write(batches.Select(b => b with { Debits = b.Debits.Take(10).ToList() }).ToList())); // JIT and the compiled schema, as a running server has them

        var process = Process.GetCurrentProcess();
        var cpuBefore = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var file = Pain008WriterTests.Write(batches);
        var written = clock.Elapsed;
        var errors = Pain008WriterTests.Validate(file);
        clock.Stop();
        process.Refresh();
        var cpu = process.TotalProcessorTime - cpuBefore;

        output.WriteLine($"50,000 debits, {file.Length / 1024 / 1024} MiB: written in {written.TotalMilliseconds:F0} ms, written and validated in {clock.Elapsed.TotalMilliseconds:F0} ms elapsed, {cpu.TotalMilliseconds:F0} ms CPU");
        Assert.Empty(errors);
        // CPU time, not elapsed time, so other processes on a shared machine do not fail it; the bound is generous:
        // it guards against a regression by an order of magnitude (about half a second on an idle machine).
        Assert.InRange(cpu, TimeSpan.Zero, TimeSpan.FromSeconds(5));
        var header = XDocument.Load(new MemoryStream(file)).Descendants(Ns + "GrpHdr").Single();
        Assert.Equal("50000", header.Element(Ns + "NbOfTxs")!.Value);
        Assert.Equal(debits.Sum(d => d.Amount).ToString("0.00", CultureInfo.InvariantCulture), header.Element(Ns + "CtrlSum")!.Value);
    }
}
