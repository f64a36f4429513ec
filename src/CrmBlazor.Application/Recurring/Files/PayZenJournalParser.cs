using System.Globalization;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// Reads PayZen's transaction journal (JT): « ; »-separated records, one per line — TITRE, ENTETE (the column names),
/// one DETAILS record per payment attempt, FIN. Columns are found by their ENTETE name, since the merchant chooses
/// them in the Back Office. Only final outcomes become lines; payments still in progress are counted and left for
/// a later journal. Format notes: docs/formats/payzen-jt.md.
/// </summary>
public sealed class PayZenJournalParser : IProviderFileParser
{
    private static readonly HashSet<string> DetailRecords = new(["DETAILS", "DETAIL", "TRANSACTION"], StringComparer.OrdinalIgnoreCase);

    public ProviderFileKind Kind => ProviderFileKind.PayZenJournal;

    public ParsedProviderFile Parse(ReadOnlyMemory<byte> content)
    {
        var lines = new List<ProviderLine>();
        var problems = new List<ImportProblem>();
        var count = 0;
        var lastLine = 0;
        var sawEnd = false;
        JournalColumns? columns = null;

        foreach (var (number, text) in ProviderFileText.Lines(ProviderFileText.Decode(content.Span)))
        {
            lastLine = number;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var fields = Split(text);
            var record = fields[0].Trim();
            if (record.Equals("TITRE", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            if (record.Equals("ENTETE", StringComparison.OrdinalIgnoreCase))
            {
                columns = JournalColumns.From(fields, out var missing);
                if (columns is null)
                {
                    // Without these columns no line can be read: the whole file is refused (line 0).
                    return Refused(string.Format(Messages.ProviderFile_PayZenMissingColumn, missing), count);
                }

                continue;
            }

            if (record.Equals("FIN", StringComparison.OrdinalIgnoreCase))
            {
                sawEnd = true;
                continue;
            }

            count++;
            if (!DetailRecords.Contains(record))
            {
                problems.Add(new ImportProblem(number, string.Format(Messages.ProviderFile_PayZenUnknownRecord, ProviderFileText.Clip(record, 30)), ProviderFileText.Excerpt(text)));
                continue;
            }

            if (columns is null)
            {
                return Refused(Messages.ProviderFile_PayZenNoHeader, count);
            }

            var outcome = Read(number, text, fields, columns);
            if (outcome.Line is not null)
            {
                lines.Add(outcome.Line);
            }
            else if (outcome.Problem is not null)
            {
                problems.Add(new ImportProblem(number, outcome.Problem, ProviderFileText.Excerpt(text)));
            }
        }

        if (columns is null)
        {
            return Refused(Messages.ProviderFile_PayZenNoHeader, count);
        }

        if (!sawEnd)
        {
            problems.Add(new ImportProblem(lastLine + 1, Messages.ProviderFile_PayZenNoEnd, null));
        }

        return new ParsedProviderFile(lines, problems, count);
    }

    private static ParsedProviderFile Refused(string reason, int count) => new([], [new ImportProblem(0, reason, null)], count);

    /// <summary>Fields between « ; », without the empty one the trailing « ; » leaves.</summary>
    private static string[] Split(string text)
    {
        var fields = text.Split(';');
        return fields.Length > 1 && fields[^1].Length == 0 ? fields[..^1] : fields;
    }

    private static (ProviderLine? Line, string? Problem) Read(int number, string text, string[] fields, JournalColumns columns)
    {
        if (fields.Length != columns.Count)
        {
            return (null, string.Format(Messages.ProviderFile_PayZenFieldCount, fields.Length, columns.Count));
        }

        string? Field(int? index) => index is { } i && fields[i].Trim() is { Length: > 0 } value ? value : null;

        var type = (Field(columns.Type) ?? "DEBIT").ToUpperInvariant();
        if (type is "VERIFICATION")
        {
            return (null, null);
        }

        var isRefund = type is "CREDIT" or "CT";
        if (!isRefund && type is not ("DEBIT" or "DT"))
        {
            return (null, string.Format(Messages.ProviderFile_PayZenUnknownType, ProviderFileText.Clip(type, 30)));
        }

        var status = (Field(columns.Status) ?? "").ToUpperInvariant();
        var reading = PayZenStatuses.Read(status, isRefund, Field(columns.RefusalCode));
        if (reading.Problem is not null || reading.Outcome is null)
        {
            return (null, reading.Problem);
        }

        if (ParseDate(Field(columns.Date)) is not { } occurredOn)
        {
            return (null, string.Format(Messages.ProviderFile_BadDate, Field(columns.Date) ?? "—"));
        }

        if (ParseCents(Field(columns.Amount)) is not { } amount)
        {
            return (null, string.Format(Messages.ProviderFile_BadAmount, Field(columns.Amount) ?? "—"));
        }

        if (Field(columns.Currency) is { } currency && currency is not ("978" or "EUR"))
        {
            return (null, string.Format(Messages.ProviderFile_NotEuros, currency));
        }

        // The UUID is unique on the platform; the short id only within a shop and a day.
        var transactionId = Field(columns.Uuid)
            ?? (Field(columns.Id) is { } shortId ? $"{shortId}-{occurredOn:yyyyMMdd}" : null);
        if (transactionId is null)
        {
            return (null, Messages.ProviderFile_NoTransactionId);
        }

        var order = Field(columns.Order);
        return (new ProviderLine(
            number,
            RecurringChannel.Card,
            transactionId,
            reading.Outcome.Value,
            occurredOn,
            amount,
            ProviderFileText.Excerpt(text),
            InstalmentId: OrderIdAsInstalment(order),
            SubscriptionReference: Field(columns.Subscription),
            ReasonCode: reading.Code,
            Reason: reading.Reason,
            SettlementReference: Field(columns.Remittance)), null);
    }

    /// <summary>Our instalment id when the order id is all digits (the CRM sends it as vads_order_id).</summary>
    internal static long? OrderIdAsInstalment(string? orderId) =>
        orderId is { Length: > 0 and <= 18 } && orderId.All(char.IsAsciiDigit) && long.TryParse(orderId, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : null;

    /// <summary>AAAAMMJJ (with or without the time after it), AAAA-MM-JJ or JJ/MM/AAAA.</summary>
    internal static DateOnly? ParseDate(string? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.Length >= 8 && value[..8].All(char.IsAsciiDigit))
        {
            return DateOnly.TryParseExact(value[..8], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var compact) ? compact : null;
        }

        if (value.Length >= 10)
        {
            var head = value[..10];
            foreach (var format in (string[])["yyyy-MM-dd", "dd/MM/yyyy"])
            {
                if (DateOnly.TryParseExact(head, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    return day;
                }
            }
        }

        return null;
    }

    /// <summary>An amount in cents (the smallest unit): « 3000 » is 30,00 €. Refunds may carry a sign; the amount is what moved.</summary>
    internal static decimal? ParseCents(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var digits = value.StartsWith('-') || value.StartsWith('+') ? value[1..] : value;
        return digits.Length is > 0 and <= 12 && digits.All(char.IsAsciiDigit) ? long.Parse(digits, CultureInfo.InvariantCulture) / 100m : null;
    }

    /// <summary>Where each column we read is, by its ENTETE name.</summary>
    private sealed class JournalColumns
    {
        public int Count { get; private init; }

        public int? Uuid { get; private init; }

        public int? Id { get; private init; }

        public int? Order { get; private init; }

        public int? Subscription { get; private init; }

        public int? Type { get; private init; }

        public int? Status { get; private init; }

        public int? Amount { get; private init; }

        public int? Currency { get; private init; }

        public int? Date { get; private init; }

        public int? RefusalCode { get; private init; }

        public int? Remittance { get; private init; }

        public static JournalColumns? From(string[] header, out string missing)
        {
            var index = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            for (var i = 1; i < header.Length; i++)
            {
                index.TryAdd(header[i].Trim(), i);
            }

            int? Find(params string[] names) => names.Select(n => index.TryGetValue(n, out var i) ? i : (int?)null).FirstOrDefault(i => i is not null);

            var columns = new JournalColumns
            {
                Count = header.Length,
                Uuid = Find("TRANSACTION_UUID"),
                Id = Find("TRANSACTION_ID"),
                Order = Find("ORDER_ID"),
                Subscription = Find("SUBSCRIPTION_ID", "SUBSCRIPTION", "SUBSCRIPTION_REFERENCE"),
                Type = Find("TRANSACTION_TYPE", "OPERATION_TYPE"),
                Status = Find("TRANSACTION_STATUS", "DETAILED_STATUS", "STATUS"),
                Amount = Find("AMOUNT"),
                Currency = Find("CURRENCY", "CURRENCY_CODE"),
                Date = Find("PAYMENT_DATE", "TRANSACTION_DATE", "OPERATION_DATE"),
                RefusalCode = Find("AUTH_RESULT", "REFUSAL_CODE", "RESPONSE_CODE", "AUTH_RESPONSE_CODE"),
                Remittance = Find("REMITTANCE_NUMBER", "REMITTANCE_ID"),
            };
            missing = columns.Uuid is null && columns.Id is null ? "TRANSACTION_UUID / TRANSACTION_ID"
                : columns.Status is null ? "TRANSACTION_STATUS"
                : columns.Amount is null ? "AMOUNT"
                : columns.Date is null ? "PAYMENT_DATE"
                : "";
            return missing.Length == 0 ? columns : null;
        }
    }
}
