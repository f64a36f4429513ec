using System.Globalization;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// Reads PayPal's activity download (CSV, English or French headers, comma, semicolon or tab separated, quoted fields).
/// Columns are found by name, never by position: PayPal changes its column set over time. Gifts become lines in the
/// order they happened (the download lists the newest first), so a refusal and the retry that collected the same
/// instalment apply in the right order. Format notes: docs/formats/paypal-activity.md.
/// </summary>
public sealed class PayPalActivityParser : IProviderFileParser
{
    public ProviderFileKind Kind => ProviderFileKind.PayPalActivity;

    public ParsedProviderFile Parse(ReadOnlyMemory<byte> content)
    {
        var badRows = new HashSet<int>();
        CsvParser? current = null;
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [",", ";", "\t"],
            IgnoreBlankLines = true,
            BadDataFound = _ => badRows.Add(current?.Row ?? 0),
        };
        using var reader = new StringReader(ProviderFileText.Decode(content.Span));
        using var parser = new CsvParser(reader, configuration);
        current = parser;
        if (!parser.Read() || parser.Record is not { } header)
        {
            return Refused(Messages.ProviderFile_PayPalEmpty);
        }

        if (PayPalColumns.From(header, out var missing) is not { } columns)
        {
            return Refused(string.Format(Messages.ProviderFile_PayPalMissingColumn, missing));
        }

        var rows = new List<(ProviderLine Line, DateTime At)>();
        var problems = new List<ImportProblem>();
        var count = 0;
        while (parser.Read())
        {
            var fields = parser.Record ?? [];
            var raw = ProviderFileText.Excerpt(parser.RawRecord);
            var number = parser.RawRow;
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            count++;
            if (badRows.Contains(parser.Row))
            {
                problems.Add(new ImportProblem(number, Messages.ProviderFile_PayPalBadQuotes, raw));
                continue;
            }

            var (row, problem) = Read(number, raw, fields, columns);
            if (row is { } read)
            {
                rows.Add(read);
            }
            else if (problem is not null)
            {
                problems.Add(new ImportProblem(number, problem, raw));
            }
        }

        var lines = rows.OrderBy(r => r.At).ThenByDescending(r => r.Line.LineNumber).Select(r => r.Line).ToList();
        return new ParsedProviderFile(lines, problems, count);
    }

    private static ParsedProviderFile Refused(string reason) => new([], [new ImportProblem(0, reason, null)], 0);

    private static ((ProviderLine Line, DateTime At)? Row, string? Problem) Read(int number, string raw, string[] fields, PayPalColumns columns)
    {
        string? Field(int? index) => index is { } i && i < fields.Length && fields[i].Trim() is { Length: > 0 } value ? value : null;

        var subscription = Field(columns.SubscriptionNumber);
        var reference = Field(columns.ReferenceTransactionId);
        if (subscription is null && reference?.StartsWith("I-", StringComparison.OrdinalIgnoreCase) == true)
        {
            subscription = reference;
        }

        var instalmentId = PayZenJournalParser.OrderIdAsInstalment(Field(columns.InvoiceNumber));
        var type = Field(columns.Type);
        var eventCode = Field(columns.EventCode)?.ToUpperInvariant();
        if (!PayPalRowKinds.IsGift(type, eventCode, subscription is not null || instalmentId is not null))
        {
            return (null, null);
        }

        if (fields.Length != columns.Count)
        {
            return (null, string.Format(Messages.ProviderFile_PayPalFieldCount, fields.Length, columns.Count));
        }

        var status = PayPalRowKinds.Read(Field(columns.Status) ?? "");
        if (status.Problem is not null || status.Outcome is null)
        {
            return (null, status.Problem);
        }

        if (ParseDate(Field(columns.Date), columns.French) is not { } day)
        {
            return (null, string.Format(Messages.ProviderFile_BadDate, Field(columns.Date) ?? "—"));
        }

        if (ParseAmount(Field(columns.Gross), columns.French) is not { } gross)
        {
            return (null, string.Format(Messages.ProviderFile_BadAmount, Field(columns.Gross) ?? "—"));
        }

        if (Field(columns.Currency) is { } currency && !currency.Equals("EUR", StringComparison.OrdinalIgnoreCase))
        {
            return (null, string.Format(Messages.ProviderFile_NotEuros, currency));
        }

        if (Field(columns.TransactionId) is not { } transactionId)
        {
            return (null, Messages.ProviderFile_NoTransactionId);
        }

        var outcome = PayPalRowKinds.Outcome(status, PayPalRowKinds.UndoReason(type, eventCode, gross));
        var time = TimeOnly.TryParse(Field(columns.Time), CultureInfo.InvariantCulture, out var at) ? at : TimeOnly.MinValue;
        var line = new ProviderLine(
            number,
            RecurringChannel.PayPal,
            transactionId,
            outcome.Outcome!.Value,
            day,
            Math.Abs(gross),
            raw,
            InstalmentId: instalmentId,
            SubscriptionReference: subscription,
            Reason: outcome.Reason,
            OriginalTransactionId: reference is not null && reference != subscription ? reference : null);
        return ((line, day.ToDateTime(time)), null);
    }

    /// <summary>31/12/2026 from a French account, 12/31/2026 from an English one; 2026-12-31 from either.</summary>
    internal static DateOnly? ParseDate(string? value, bool french)
    {
        string[] formats = french ? ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"] : ["MM/dd/yyyy", "M/d/yyyy", "yyyy-MM-dd"];
        return value is not null && DateOnly.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
    }

    /// <summary>« -1 234,50 » in French (spaces, non-breaking or not, between thousands), « -1,234.50 » in English.</summary>
    internal static decimal? ParseAmount(string? value, bool french)
    {
        if (value is null)
        {
            return null;
        }

        var compact = string.Concat(value.Where(c => !char.IsWhiteSpace(c) && c is not ('\u00A0' or '\u202F')));
        compact = french ? compact.Replace(".", "", StringComparison.Ordinal).Replace(',', '.') : compact.Replace(",", "", StringComparison.Ordinal);
        return decimal.TryParse(compact, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            ? amount
            : null;
    }
}
