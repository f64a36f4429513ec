using System.Diagnostics;
using System.Globalization;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Pdf;
using Npgsql;
using PdfSharp;

namespace CrmBlazor.Web.Cli;

/// <summary>
/// <c>bench-receipts --donors 100000</c>: seeds that many donors with a year of gifts (last year), runs the annual
/// receipt run through the real service while a record is read again and again on other connections, then runs the
/// year again, which must issue nothing. Metric lines (« name: value ») go to standard output, details to error.
/// </summary>
internal static class BenchReceiptsCommand
{
    public const string Name = "bench-receipts";

    private const int Seed = 2026;
    private static readonly TimeSpan ProbePause = TimeSpan.FromMilliseconds(100);
    private static readonly TimeSpan IdleProbe = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var donors = CommandLine.IntOption(args, "--donors", 100_000, 10, 2_000_000);
        var chunk = CommandLine.IntOption(args, "--chunk", ReceiptRunService.DefaultChunkSize, 10, 50_000);
        if (donors is null || chunk is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} [--donors <nombre, 10 à 2000000>] [--chunk <donateurs par lot, 10 à 50000>]");
            return 2;
        }

        // The bench renders PDFs it never distributes: PDFsharp's AGPL license binds nothing here. The app's own choice is made at its start-up.
        try
        {
            using var licensed = PdfLibrary.NewDocument();
        }
        catch (InvalidOperationException)
        {
            PdfSharpLicense.SetAgplLicense();
        }

        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().Current = Actor.System("banc d'essai des reçus");
        var year = ParisTime.Today(sp.GetRequiredService<TimeProvider>()).Year - 1;
        var dataSource = sp.GetRequiredService<NpgsqlDataSource>();
        if (await ScalarAsync(dataSource, $"SELECT count(*) FROM tax_receipts WHERE year = {year}") > 0)
        {
            await Console.Error.WriteLineAsync($"La base contient déjà des reçus {year} : le banc d'essai veut une base neuve.");
            return 1;
        }

        await Console.Error.WriteLineAsync($"[{Name}] seeding {donors} donors with gifts of {year}…");
        var seeded = await ActivatorUtilities.CreateInstance<ReceiptBenchSeeder>(sp).SeedAsync(donors.Value, year, Seed, CancellationToken.None);
        await Console.Error.WriteLineAsync($"[{Name}] seeded {seeded.ReceiptDonors} donors due a receipt, {seeded.SkippedDonors} to skip, {seeded.Gifts} gifts in {seeded.Elapsed.TotalSeconds:0.0} s");
        Metric("receipts_seed_seconds", Seconds(seeded.Elapsed));

        // The same probe on an idle app first: what the run's figures compare with.
        using (var idle = new CancellationTokenSource(IdleProbe))
        {
            var idleTimes = await ProbeAsync(services, dataSource, idle.Token);
            Metric("app_probe_idle_p95_ms", Ms(Percentile(idleTimes, 95)));
        }

        var runs = sp.GetRequiredService<ReceiptRunService>();
        using var stopProbe = new CancellationTokenSource();
        var probe = ProbeAsync(services, dataSource, stopProbe.Token);
        var first = await RunYearAsync(runs, year, chunk.Value);
        await stopProbe.CancelAsync();
        var probeTimes = await probe;

        var second = await RunYearAsync(runs, year, chunk.Value);
        var (count, highest) = (await ScalarAsync(dataSource, $"SELECT count(*) FROM tax_receipts WHERE year = {year}"),
            await ScalarAsync(dataSource, $"SELECT COALESCE(max(sequence), 0) FROM tax_receipts WHERE year = {year}"));

        Metric("receipts", Number(first.Receipts));
        Metric("receipts_seconds", Seconds(first.Elapsed));
        Metric("receipts_per_second", (first.Receipts / first.Elapsed.TotalSeconds).ToString("0", CultureInfo.InvariantCulture));
        Metric("receipts_expected", Number(seeded.ReceiptDonors));
        Metric("receipts_emails_queued", Number(first.EmailsQueued));
        Metric("receipts_printed", Number(first.Printed));
        Metric("receipts_print_files", Number(first.PrintDocumentIds.Count));
        Metric("receipts_skipped_donors", Number(seeded.SkippedDonors));
        Metric("receipts_numbers_gapless", count == highest && count == first.Receipts ? "1" : "0");
        Metric("app_probe_samples", Number(probeTimes.Count));
        Metric("app_probe_p50_ms", Ms(Percentile(probeTimes, 50)));
        Metric("app_probe_p95_ms", Ms(Percentile(probeTimes, 95)));
        Metric("app_probe_max_ms", Ms(probeTimes.DefaultIfEmpty(0).Max()));
        Metric("receipts_resume_issued", Number(second.Receipts));
        Metric("receipts_resume_seconds", Seconds(second.Elapsed));
        return first.Status == ReceiptRunStatus.Completed && second.Receipts == 0 ? 0 : 1;
    }

    private static async Task<ReceiptRunOutcome> RunYearAsync(ReceiptRunService runs, int year, int chunk)
    {
        var started = await runs.StartAsync(ReceiptKind.Annual, year);
        if (!started.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", started.Errors));
        }

        var outcome = await runs.RunAsync(started.Value, CancellationToken.None, chunk);
        await Console.Error.WriteLineAsync($"[{Name}] run {outcome.RunId}: {outcome.Status}, {outcome.Summary} ({outcome.Elapsed.TotalSeconds:0.0} s)");
        return outcome;
    }

    /// <summary>
    /// What an operator does meanwhile: open a donor's record (header, tab counts), one after the other with a short
    /// pause, on connections of its own. The run must not make them wait.
    /// </summary>
    private static async Task<List<double>> ProbeAsync(IServiceProvider services, NpgsqlDataSource dataSource, CancellationToken stop)
    {
        var ids = new List<long>();
        await using (var connection = await dataSource.OpenConnectionAsync(CancellationToken.None))
        await using (var sample = new NpgsqlCommand("SELECT id FROM contacts TABLESAMPLE SYSTEM (5) LIMIT 2000", connection))
        await using (var reader = await sample.ExecuteReaderAsync(CancellationToken.None))
        {
            while (await reader.ReadAsync(CancellationToken.None))
            {
                ids.Add(reader.GetInt64(0));
            }
        }

        var times = new List<double>();
        var random = new Random(Seed);
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System("banc d'essai · fiche");
        var header = scope.ServiceProvider.GetRequiredService<ContactHeaderHandler>();
        var counts = scope.ServiceProvider.GetRequiredService<ContactTabCountsHandler>();
        for (var warmUp = 0; warmUp < 5 && ids.Count > 0; warmUp++)
        {
            await header.HandleAsync(ids[warmUp % ids.Count]);
            await counts.HandleAsync(ids[warmUp % ids.Count]);
        }

        while (!stop.IsCancellationRequested && ids.Count > 0)
        {
            var id = ids[random.Next(ids.Count)];
            var watch = Stopwatch.StartNew();
            await header.HandleAsync(id);
            await counts.HandleAsync(id);
            times.Add(watch.Elapsed.TotalMilliseconds);
            try
            {
                await Task.Delay(ProbePause, stop);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }

        return times;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static double Percentile(List<double> values, double percent) =>
        values.Count == 0 ? 0 : BenchContactRecordCommand.Percentile(values, percent);

    private static string Seconds(TimeSpan elapsed) => elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Ms(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Metric(string name, string value) => Console.WriteLine($"{name}: {value}");
}
