namespace CrmBlazor.Application.Demo;

/// <summary>What to load: <paramref name="Contacts"/> new contacts, drawn from <paramref name="Seed"/>.</summary>
/// <param name="OnlyIntoEmptyBase">Skip the load when the base already has contacts (start-up seeding, checked under lock).</param>
public sealed record DemoLoadRequest(int Contacts, int Seed = DemoLoadRequest.DefaultSeed, bool OnlyIntoEmptyBase = false)
{
    public const int DefaultSeed = 20_261_123;
}

/// <summary>Where the load stands: the phase (a table name, or a schema step) and the rows or steps done in it.</summary>
public sealed record DemoLoadProgress(string Phase, long RowsDone);

/// <summary>What a load wrote, table by table, and how long it took.</summary>
public sealed record DemoLoadResult(
    IReadOnlyList<DemoTableCount> Rows, TimeSpan Elapsed, bool IndexesRebuilt, long FirstContactId, long LastContactId)
{
    public long RowsOf(string table) => Rows.FirstOrDefault(r => r.Table == table)?.Rows ?? 0;
}

public sealed record DemoTableCount(string Table, long Rows);

/// <summary>Counts the rows of one phase, reports every so often and lets a cancellation through between rows.</summary>
internal sealed class DemoProgressCounter(string phase, IProgress<DemoLoadProgress>? progress, CancellationToken ct)
{
    private const long ReportEvery = 1 << 17;

    public string Phase { get; } = phase;

    public long Count { get; private set; }

    public void Row()
    {
        if ((++Count & (ReportEvery - 1)) == 0)
        {
            ct.ThrowIfCancellationRequested();
            progress?.Report(new DemoLoadProgress(Phase, Count));
        }
    }

    public void Add(long rows)
    {
        Count += rows;
        ct.ThrowIfCancellationRequested();
        progress?.Report(new DemoLoadProgress(Phase, Count));
    }

    public void Done() => progress?.Report(new DemoLoadProgress(Phase, Count));
}
