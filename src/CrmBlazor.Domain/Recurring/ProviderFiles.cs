namespace CrmBlazor.Domain.Recurring;

/// <summary>The files staff import about recurring money.</summary>
public enum ProviderFileKind
{
    /// <summary>PayZen transaction journal (JT).</summary>
    PayZenJournal,

    /// <summary>PayPal activity download (CSV).</summary>
    PayPalActivity,

    /// <summary>Bank status report or debit notification (pain.002, camt.054).</summary>
    SepaReturn,

    /// <summary>Bank statement (CSV: date, label, amount).</summary>
    BankStatement,

    /// <summary>Provider settlement lines (PayZen JRB, PayPal settlement).</summary>
    ProviderSettlement,

    /// <summary>Gifts collected online (the nightly integration).</summary>
    OnlineGifts,
}

/// <summary>
/// One imported file, kept with its counts and the lines it could not use. The same bytes are imported once:
/// importing them again is refused before anything changes.
/// </summary>
public sealed class ProviderImport
{
    public const int FileNameMaxLength = 200;
    public const int Sha256Length = 64;

    private ProviderImport()
    {
    }

    public long Id { get; private set; }

    public ProviderFileKind Kind { get; private set; }

    public string FileName { get; private set; } = "";

    /// <summary>Hex SHA-256 of the file's bytes.</summary>
    public string Sha256 { get; private set; } = "";

    public DateTimeOffset ImportedAt { get; private set; }

    public string ImportedBy { get; private set; } = "";

    public int Lines { get; private set; }

    public int Applied { get; private set; }

    public int Unchanged { get; private set; }

    public int Rejected { get; private set; }

    /// <summary>The lines not used, each with its line number and reason (JSON).</summary>
    public List<ImportProblem> Problems { get; private set; } = [];

    public static ProviderImport Record(
        ProviderFileKind kind, string fileName, string sha256, DateTimeOffset at, string by, int lines, int applied, int unchanged,
        IReadOnlyList<ImportProblem> problems) =>
        new()
        {
            Kind = kind,
            FileName = fileName.Length <= FileNameMaxLength ? fileName : fileName[..FileNameMaxLength],
            Sha256 = sha256,
            ImportedAt = at,
            ImportedBy = by,
            Lines = lines,
            Applied = applied,
            Unchanged = unchanged,
            Rejected = problems.Count,
            Problems = problems.ToList(),
        };

    /// <summary>The final counts, for an import recorded first (its id is needed by its lines) and counted at the end.</summary>
    public void Tally(int lines, int applied, int unchanged, IReadOnlyList<ImportProblem> problems)
    {
        Lines = lines;
        Applied = applied;
        Unchanged = unchanged;
        Rejected = problems.Count;
        Problems = problems.ToList();
    }
}

/// <summary>A line of an imported file that was not used, and why (in French, for the report).</summary>
public sealed record ImportProblem(int Line, string Reason, string? Content);
