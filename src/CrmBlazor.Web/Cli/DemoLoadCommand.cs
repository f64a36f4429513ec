using System.Diagnostics;
using System.Globalization;
using CrmBlazor.Application.Demo;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Web.Setup;

namespace CrmBlazor.Web.Cli;

/// <summary>
/// <c>demo-load --contacts N [--seed S]</c>: adds N demo contacts with all their rows. Progress goes to standard
/// error; standard output gets one « table: rows » line per table and the duration, for scripts to read.
/// </summary>
internal static class DemoLoadCommand
{
    public const string Name = "demo-load";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var contacts = CommandLine.IntOption(args, "--contacts", 0, 1, DemoBaseLoader.MaxContacts);
        var seed = CommandLine.IntOption(args, "--seed", DemoLoadRequest.DefaultSeed, int.MinValue, int.MaxValue);
        if (contacts is null or 0 || seed is null)
        {
            await Console.Error.WriteLineAsync(
                $"Usage: {Name} --contacts <nombre, 1 à {DemoBaseLoader.MaxContacts}> [--seed <entier>]");
            return 2;
        }

        using var cancel = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            // The load is one transaction: stopping it rolls everything back, so Ctrl-C cancels cleanly instead of killing.
            e.Cancel = true;
            cancel.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            await using var scope = services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ActorContext>().Current = Actor.System($"commande {Name}");
            var loader = scope.ServiceProvider.GetRequiredService<DemoBaseLoader>();
            var watch = Stopwatch.StartNew();
            var result = await loader.LoadAsync(new DemoLoadRequest(contacts.Value, seed.Value), new StandardErrorProgress(watch), cancel.Token);
            if (result is null)
            {
                return 1;
            }

            foreach (var table in result.Rows)
            {
                Console.WriteLine($"{table.Table}: {table.Rows.ToString(CultureInfo.InvariantCulture)}");
            }

            Console.WriteLine($"indexes_rebuilt: {(result.IndexesRebuilt ? "true" : "false")}");
            Console.WriteLine($"seconds: {result.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)}");
            return 0;
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Chargement annulé : rien n'a été enregistré.");
            return 130;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    /// <summary>Written as reported, in order: <see cref="Progress{T}"/> would post to the thread pool and mix the lines up.</summary>
    private sealed class StandardErrorProgress(Stopwatch watch) : IProgress<DemoLoadProgress>
    {
        public void Report(DemoLoadProgress value) =>
            Console.Error.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"[{Name} {watch.Elapsed.TotalSeconds,6:0.0} s] {value.Phase} : {value.RowsDone.ToString("N0", Cultures.French)}"));
    }
}
