using System.Globalization;
using CrmBlazor.Application.Recurring.Scheduling;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Npgsql;

namespace CrmBlazor.Web.Cli;

/// <summary>
/// <c>bench-scheduling --gifts 100000</c>: seeds that many active recurring gifts due this month (half SEPA), runs the
/// scheduling run through the real service (SEPA files written, XSD-checked and stored included), then runs it again,
/// which must create nothing. Metric lines (« name: value ») go to standard output, details to error.
/// </summary>
internal static class BenchSchedulingCommand
{
    public const string Name = "bench-scheduling";

    private const int Seed = 2026;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var gifts = CommandLine.IntOption(args, "--gifts", 100_000, 10, 2_000_000);
        if (gifts is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} [--gifts <nombre, 10 à 2000000>]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().Current = Actor.System("banc d'essai de l'échéancement");
        var today = ParisTime.Today(sp.GetRequiredService<TimeProvider>());
        var dataSource = sp.GetRequiredService<NpgsqlDataSource>();
        if (await ScalarAsync(dataSource, "SELECT count(*) FROM recurring_gifts") > 0)
        {
            await Console.Error.WriteLineAsync("La base contient déjà des dons réguliers : le banc d'essai veut une base neuve.");
            return 1;
        }

        await Console.Error.WriteLineAsync($"[{Name}] seeding {gifts} recurring gifts due in {today:yyyy-MM}…");
        var seeded = await ActivatorUtilities.CreateInstance<SchedulingBenchSeeder>(sp).SeedAsync(gifts.Value, today, Seed, CancellationToken.None);
        await Console.Error.WriteLineAsync($"[{Name}] seeded {seeded.Gifts} gifts ({seeded.DirectDebits} SEPA) in {seeded.Elapsed.TotalSeconds:0.0} s");

        var runs = sp.GetRequiredService<SchedulingRunService>();
        var first = await RunAsync(runs, today);
        var second = await RunAsync(runs, today);
        var duplicates = await ScalarAsync(dataSource, "SELECT count(*) - count(DISTINCT (recurring_gift_id, due_on)) FROM instalments");
        var fileBytes = await ScalarAsync(dataSource, "SELECT COALESCE(sum(size_bytes), 0) FROM documents WHERE kind = 'SepaDebitFile'");

        Metric("instalments", Number(first.Instalments));
        Metric("scheduling_seconds", first.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        Metric("sepa_transactions", Number(first.SepaTransactions));
        Metric("sepa_files", Number(first.SepaFileIds.Count));
        Metric("sepa_file_megabytes", (fileBytes / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture));
        Metric("second_run_instalments", Number(second.Instalments));
        Metric("second_run_seconds", second.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture));
        Metric("duplicates_created", Number(duplicates + second.Instalments));
        return first.Instalments == gifts && second.Instalments == 0 && duplicates == 0 ? 0 : 1;
    }

    private static async Task<SchedulingOutcome> RunAsync(SchedulingRunService runs, DateOnly today)
    {
        var result = await runs.RunAsync(today);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors));
        }

        var outcome = result.Value!;
        await Console.Error.WriteLineAsync($"[{Name}] run {outcome.RunId}: {outcome.Summary} ({outcome.Elapsed.TotalSeconds:0.0} s)");
        return outcome;
    }

    private static async Task<long> ScalarAsync(NpgsqlDataSource dataSource, string sql)
    {
        await using var command = dataSource.CreateCommand(sql);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Metric(string name, string value) => Console.WriteLine($"{name}: {value}");
}
