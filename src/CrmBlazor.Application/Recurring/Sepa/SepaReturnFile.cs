using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Sepa;

/// <summary>
/// What the pain.002 and camt.054 readers share: walking ISO elements in the message's namespace, and collecting
/// unpaid lines and problems as the transactions are read.
/// </summary>
internal sealed partial class SepaReturnFile(XNamespace ns)
{
    private const int RawMaxLength = 1000;

    private readonly List<ProviderLine> _lines = [];
    private readonly List<ImportProblem> _problems = [];
    private int _count;

    public static ParsedProviderFile Unusable(int line, string reason, string? content) =>
        new([], [new ImportProblem(line, reason, content)], 1);

    /// <summary>The element at the end of <paramref name="path"/> under <paramref name="from"/>, if every step exists.</summary>
    public XElement? Find(XElement? from, params ReadOnlySpan<string> path)
    {
        foreach (var step in path)
        {
            from = from?.Element(ns + step);
        }

        return from;
    }

    /// <summary>The trimmed text at the end of the path; null when absent or blank.</summary>
    public string? Text(XElement? from, params ReadOnlySpan<string> path) =>
        Find(from, path)?.Value.Trim() is { Length: > 0 } text ? text : null;

    public IEnumerable<XElement> All(XElement? from, string name) => from?.Elements(ns + name) ?? [];

    /// <summary>A transaction (or entry) that needs nothing from us: an accepted debit, a credit.</summary>
    public void Skip() => _count++;

    /// <summary>A problem about a whole batch or file rather than one debit.</summary>
    public void Problem(XElement at, string reason)
    {
        _count++;
        _problems.Add(new ImportProblem(LineOf(at), reason, Raw(at)));
    }

    /// <summary>
    /// A debit the bank rejected or returned. Without the end-to-end id, a readable euro amount and a date the debit
    /// cannot be matched to its instalment: it becomes a problem for staff to look at.
    /// </summary>
    public void Unpaid(XElement at, string? endToEndId, string? reasonCode, XElement? amount, string? date, string? bankReference)
    {
        _count++;
        var line = LineOf(at);
        var raw = Raw(at);
        if (endToEndId is null || endToEndId.Equals("NOTPROVIDED", StringComparison.OrdinalIgnoreCase))
        {
            _problems.Add(new ImportProblem(line, "Prélèvement rejeté sans référence de bout en bout (EndToEndId) : impossible de retrouver l'échéance.", raw));
            return;
        }

        if (amount?.Attribute("Ccy")?.Value is { } currency && currency != "EUR")
        {
            _problems.Add(new ImportProblem(line, $"Prélèvement rejeté {endToEndId} en {currency} : seuls les euros sont gérés.", raw));
            return;
        }

        if (!decimal.TryParse(amount?.Value.Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            _problems.Add(new ImportProblem(line, $"Prélèvement rejeté {endToEndId} sans montant lisible.", raw));
            return;
        }

        if (!TryDate(date, out var occurredOn))
        {
            _problems.Add(new ImportProblem(line, $"Prélèvement rejeté {endToEndId} sans date lisible.", raw));
            return;
        }

        var code = reasonCode?.Trim().ToUpperInvariant();
        var transactionId = bankReference ?? $"{endToEndId}-{code ?? "RJCT"}";
        _lines.Add(new ProviderLine(
            line, RecurringChannel.DirectDebit, transactionId, TransactionOutcome.Unpaid, occurredOn, value, raw,
            EndToEndId: endToEndId, ReasonCode: code, Reason: SepaReasonCodes.Label(code)));
    }

    public ParsedProviderFile Result() => new(_lines, _problems, _count);

    /// <summary>ISO dates, or the date part of an ISO date-time as the bank wrote it (its own calendar day).</summary>
    private static bool TryDate(string? text, out DateOnly date)
    {
        date = default;
        return text is { Length: >= 10 }
            && DateOnly.TryParseExact(text[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
    }

    private static int LineOf(XElement element) => element is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : 0;

    /// <summary>The transaction's XML on one line, for the import report.</summary>
    private static string Raw(XElement element)
    {
        var compact = Whitespace().Replace(element.ToString(SaveOptions.DisableFormatting), "><");
        return compact.Length <= RawMaxLength ? compact : compact[..RawMaxLength];
    }

    [GeneratedRegex(@">\s+<")]
    private static partial Regex Whitespace();
}
