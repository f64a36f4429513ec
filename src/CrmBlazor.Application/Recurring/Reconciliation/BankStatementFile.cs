using System.Globalization;
using System.Text;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Reconciliation;

public sealed record BankLineInput(int Line, DateOnly BookedOn, string Label, decimal Amount);

public sealed record ParsedBankStatement(IReadOnlyList<BankLineInput> Lines, IReadOnlyList<ImportProblem> Problems, int LineCount);

/// <summary>
/// A bank statement exported as CSV « date;libellé;montant » (docs/formats/bank-statement.md): dd/MM/yyyy, French
/// amounts (credits positive), `;` or `,` between fields, an optional header row.
/// </summary>
public static class BankStatementFile
{
    public static ParsedBankStatement Parse(ReadOnlyMemory<byte> content)
    {
        var lines = Encoding.UTF8.GetString(content.Span).TrimStart('\uFEFF').Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var first = lines.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        var separator = first.Contains(';') ? ';' : ',';
        var read = new List<BankLineInput>();
        var problems = new List<ImportProblem>();
        var count = 0;
        var headerChecked = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Csv.Split(lines[i], separator).Select(f => f.Trim()).ToList();
            if (!headerChecked)
            {
                headerChecked = true;
                if (ParseDate(fields[0]) is null && !fields[0].Any(char.IsAsciiDigit))
                {
                    continue;
                }
            }

            count++;
            var (line, reason) = Read(i + 1, fields, separator);
            if (line is not null)
            {
                read.Add(line);
            }
            else
            {
                problems.Add(new ImportProblem(i + 1, reason!, lines[i]));
            }
        }

        return new ParsedBankStatement(read, problems, count);
    }

    public static DateOnly? ParseDate(string text) =>
        DateOnly.TryParseExact(text, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>« 1 234,50 », « -12,00 », « +45.10 », « 1.234,50 »: euros, two decimals at most.</summary>
    public static decimal? ParseAmount(string text)
    {
        var compact = string.Concat(text.Where(c => !char.IsWhiteSpace(c) && c != '\u202F' && c != '€'));
        if (compact.Contains(',') && compact.Contains('.'))
        {
            compact = compact.Replace(".", "", StringComparison.Ordinal);
        }

        compact = compact.Replace(',', '.');
        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount != 0 && decimal.Round(amount, 2) == amount
            ? amount
            : null;
    }

    private static (BankLineInput? Line, string? Reason) Read(int number, List<string> fields, char separator)
    {
        // With `,` between fields an unquoted French amount splits in two: « 12,50 » reads as « 12 » and « 50 ».
        string amountText;
        string label;
        if (fields.Count == 3)
        {
            (label, amountText) = (fields[1], fields[2]);
        }
        else if (separator == ',' && fields.Count > 3 && fields[^1].Length is 1 or 2 && fields[^1].All(char.IsAsciiDigit))
        {
            (label, amountText) = (string.Join(",", fields[1..^2]), fields[^2] + "," + fields[^1]);
        }
        else
        {
            return (null, Messages.Reconciliation_ColumnsInvalid);
        }

        if (ParseDate(fields[0]) is not { } date)
        {
            return (null, string.Format(Messages.Reconciliation_DateInvalid, fields[0]));
        }

        return ParseAmount(amountText) is { } amount
            ? (new BankLineInput(number, date, label, amount), null)
            : (null, string.Format(Messages.Reconciliation_AmountInvalid, amountText));
    }
}
