using CrmBlazor.Infrastructure.Jobs;
using Quartz;

namespace CrmBlazor.Infrastructure.Data;

/// <summary>
/// The Quartz job store's PostgreSQL tables, taken from the schema Quartz ships inside its own assembly,
/// so a migration creates exactly what the referenced Quartz version reads.
/// </summary>
public static class QuartzSchema
{
    private const string ResourceName = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";

    public static IReadOnlyList<string> CreateStatements()
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"Quartz no longer ships {ResourceName}; write the schema migration by hand.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd()
            .Replace("{0}", SchedulerSetup.TablePrefix, StringComparison.Ordinal)
            .Replace("{1}", SchedulerSetup.TablePrefix, StringComparison.Ordinal);
        return script
            .Split("\n--;;", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(statement => statement.Split('\n').Any(line => line.Length > 0 && !line.StartsWith("--", StringComparison.Ordinal)))
            .ToList();
    }

    /// <summary>Lock rows created up front: Quartz inserting them lazily races between nodes (quartznet#1786).</summary>
    public static string SeedLocks() =>
        $"""
        INSERT INTO {SchedulerSetup.TablePrefix}locks (sched_name, lock_name)
        VALUES ('{SchedulerSetup.SchedulerName}', 'TRIGGER_ACCESS'), ('{SchedulerSetup.SchedulerName}', 'STATE_ACCESS')
        ON CONFLICT DO NOTHING;
        """;
}
