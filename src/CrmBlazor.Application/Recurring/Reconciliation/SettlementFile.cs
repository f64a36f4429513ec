using System.Globalization;
using System.Text;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Reconciliation;

public sealed record SettlementItemInput(string TransactionId, decimal Gross, decimal Fee);

public sealed record SettlementInput(int Line, RecurringChannel Channel, string Reference, DateOnly SettledOn, IReadOnlyList<SettlementItemInput> Items);

public sealed record ParsedSettlements(IReadOnlyList<SettlementInput> Settlements, IReadOnlyList<ImportProblem> Problems, int LineCount, string? FileError = null);

/// <summary>
/// A provider's settlement file (docs/formats/provider-settlements.md): PayPal's settlement report (STL) or
/// PayZen's bank reconciliation journal (JRB). Each gives the batches credited to the bank with their transactions.
/// </summary>
public static class SettlementFile
{
    public static ParsedSettlements Parse(ReadOnlyMemory<byte> content)
    {
        var lines = Encoding.UTF8.GetString(content.Span).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l))?.TrimStart('"') ?? "";
        if (first.Length == 0)
        {
            return new ParsedSettlements([], [], 0, Messages.Reconciliation_FileEmpty);
        }

        if (first.StartsWith("RH", StringComparison.Ordinal))
        {
            return PayPalStl(lines);
        }

        return first.StartsWith("TITRE", StringComparison.Ordinal)
            ? PayZenJrb(lines)
            : new ParsedSettlements([], [], 0, Messages.Reconciliation_SettlementFormatUnknown);
    }

    /// <summary>
    /// One settlement per section (SH … SF): its transactions are the SB rows; the withdrawal to the bank (event code
    /// T04xx), when the section has one, gives the reference and the day. Amounts are in cents with CR/DR.
    /// </summary>
    private static ParsedSettlements PayPalStl(List<string> lines)
    {
        var settlements = new List<SettlementInput>();
        var problems = new List<ImportProblem>();
        Dictionary<string, int>? columns = null;
        Section? section = null;
        var sections = 0;
        var count = 0;

        void Close()
        {
            if (section is { Items.Count: > 0 })
            {
                var reference = section.Withdrawal ?? $"STL-{section.Start:yyyyMMdd}-{section.Number}";
                settlements.Add(new SettlementInput(section.Line, RecurringChannel.PayPal, reference, section.WithdrawnOn ?? section.Start, Aggregate(section.Items)));
            }

            section = null;
        }

        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Csv.Split(lines[i], ',').Select(f => f.Trim()).ToList();
            switch (fields[0])
            {
                case "SH":
                    Close();
                    section = new Section(i + 1, ++sections, ParseDate(fields.ElementAtOrDefault(1)) ?? default);
                    break;
                case "CH":
                    columns = fields.Select((name, index) => (name, index)).GroupBy(c => c.name, StringComparer.OrdinalIgnoreCase)
                        .ToDictionary(g => g.Key, g => g.First().index, StringComparer.OrdinalIgnoreCase);
                    break;
                case "SB":
                    count++;
                    section ??= new Section(i + 1, ++sections, default);
                    var problem = ReadStlRow(i + 1, fields, columns, section);
                    if (problem is not null)
                    {
                        problems.Add(new ImportProblem(i + 1, problem, lines[i]));
                    }

                    break;
                case "SF":
                    Close();
                    break;
            }
        }

        Close();
        return new ParsedSettlements(settlements, problems, count);
    }

    private static string? ReadStlRow(int line, List<string> fields, Dictionary<string, int>? columns, Section section)
    {
        if (columns is null)
        {
            return Messages.Reconciliation_HeaderMissing;
        }

        string? Column(string name) => columns.TryGetValue(name, out var index) && index < fields.Count ? fields[index] : null;

        foreach (var required in new[] { "Transaction ID", "Transaction Debit or Credit", "Gross Transaction Amount" })
        {
            if (Column(required) is null)
            {
                return string.Format(Messages.Reconciliation_ColumnMissing, required);
            }
        }

        var gross = SignedCents(Column("Gross Transaction Amount"), Column("Transaction Debit or Credit"), out var grossError);
        if (grossError is not null)
        {
            return grossError;
        }

        var day = ParseDate(Column("Transaction Completion Date")) ?? ParseDate(Column("Transaction Initiation Date"));
        if (Column("Transaction Event Code") is { } code && code.StartsWith("T04", StringComparison.OrdinalIgnoreCase))
        {
            section.Withdrawal = Column("Transaction ID");
            section.WithdrawnOn = day;
            return null;
        }

        var fee = 0m;
        if (!string.IsNullOrEmpty(Column("Fee Amount")))
        {
            // A fee debited (DR) lowers what reaches the bank; a fee refunded (CR) raises it.
            fee = -SignedCents(Column("Fee Amount"), Column("Fee Debit or Credit") is { Length: > 0 } direction ? direction : "DR", out var feeError);
            if (feeError is not null)
            {
                return feeError;
            }
        }

        section.Items.Add(new SettlementItemInput(Column("Transaction ID")!, gross, fee));
        return null;
    }

    /// <summary>
    /// TITRE, ENTETE (column names), DETAILS (one transaction each), FIN. Settlements group the transactions of one
    /// remittance number. Amounts in cents; TRANSACTION_TYPE CREDIT is a refund.
    /// </summary>
    private static ParsedSettlements PayZenJrb(List<string> lines)
    {
        var problems = new List<ImportProblem>();
        var groups = new Dictionary<string, (int Line, DateOnly Day, List<SettlementItemInput> Items)>();
        Dictionary<string, int>? columns = null;
        var count = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = lines[i].Split(';').Select(f => f.Trim().Trim('"')).ToList();
            if (fields[0] == "ENTETE")
            {
                columns = fields.Select((name, index) => (name, index)).GroupBy(c => c.name.ToUpperInvariant())
                    .ToDictionary(g => g.Key, g => g.First().index);
                continue;
            }

            if (fields[0] != "DETAILS")
            {
                continue;
            }

            count++;
            if (columns is null)
            {
                problems.Add(new ImportProblem(i + 1, Messages.Reconciliation_HeaderMissing, lines[i]));
                continue;
            }

            string? Column(params string[] names) =>
                names.Select(n => columns.TryGetValue(n, out var index) && index < fields.Count ? fields[index] : null).FirstOrDefault(v => !string.IsNullOrEmpty(v));

            var remittance = Column("NUMERO_REMISE", "REMITTANCE_NUMBER", "REMISE");
            var transaction = Column("TRANSACTION_ID", "TRANSACTION_UUID");
            var day = ParseDate(Column("DATE_REMISE", "REMITTANCE_DATE", "PRESENTATION_DATE"));
            var amount = Cents(Column("MONTANT", "AMOUNT"));
            var fee = Column("COMMISSION", "FEE", "FRAIS") is { } feeText ? Cents(feeText) : 0m;
            var reason = remittance is null ? string.Format(Messages.Reconciliation_ColumnMissing, "NUMERO_REMISE")
                : transaction is null ? string.Format(Messages.Reconciliation_ColumnMissing, "TRANSACTION_ID")
                : day is null ? string.Format(Messages.Reconciliation_DateInvalid, Column("DATE_REMISE", "REMITTANCE_DATE", "PRESENTATION_DATE"))
                : amount is null ? string.Format(Messages.Reconciliation_CentsInvalid, Column("MONTANT", "AMOUNT"))
                : fee is null ? string.Format(Messages.Reconciliation_CentsInvalid, Column("COMMISSION", "FEE", "FRAIS"))
                : null;
            if (reason is not null)
            {
                problems.Add(new ImportProblem(i + 1, reason, lines[i]));
                continue;
            }

            var sign = string.Equals(Column("TRANSACTION_TYPE"), "CREDIT", StringComparison.OrdinalIgnoreCase) ? -1 : 1;
            if (!groups.TryGetValue(remittance!, out var group))
            {
                group = (i + 1, day!.Value, []);
                groups[remittance!] = group;
            }

            group.Items.Add(new SettlementItemInput(transaction!, sign * amount!.Value, fee!.Value));
        }

        var settlements = groups.Select(g => new SettlementInput(g.Value.Line, RecurringChannel.Card, g.Key, g.Value.Day, Aggregate(g.Value.Items))).ToList();
        return new ParsedSettlements(settlements, problems, count);
    }

    /// <summary>A transaction listed twice in one settlement (a payment and its fee adjustment) is one item.</summary>
    private static List<SettlementItemInput> Aggregate(List<SettlementItemInput> items) =>
        items.GroupBy(i => i.TransactionId).Select(g => new SettlementItemInput(g.Key, g.Sum(i => i.Gross), g.Sum(i => i.Fee))).ToList();

    private static decimal SignedCents(string? amount, string? direction, out string? error)
    {
        error = null;
        if (Cents(amount) is not { } value)
        {
            error = string.Format(Messages.Reconciliation_CentsInvalid, amount);
            return 0;
        }

        switch (direction?.ToUpperInvariant())
        {
            case "CR":
                return value;
            case "DR":
                return -value;
            default:
                error = string.Format(Messages.Reconciliation_DebitCreditInvalid, direction);
                return 0;
        }
    }

    private static decimal? Cents(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var cents) ? cents / 100m : null;

    /// <summary>« 2026/04/05 10:00:00 +0200 », « 2026-04-05 », « 05/04/2026 » or « 20260405 »: the day.</summary>
    private static DateOnly? ParseDate(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var day = text.Trim().Split(' ', 'T')[0];
        return DateOnly.TryParseExact(day, ["yyyy/MM/dd", "yyyy-MM-dd", "dd/MM/yyyy", "yyyyMMdd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    private sealed class Section(int line, int number, DateOnly start)
    {
        public int Line { get; } = line;

        public int Number { get; } = number;

        public DateOnly Start { get; } = start;

        public string? Withdrawal { get; set; }

        public DateOnly? WithdrawnOn { get; set; }

        public List<SettlementItemInput> Items { get; } = [];
    }
}
