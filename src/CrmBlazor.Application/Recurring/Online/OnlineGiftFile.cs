using System.Globalization;
using System.Text;
using System.Text.Json;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Online;

/// <summary>
/// Reads an online-gifts file (docs/formats/online-gifts.md): a CSV with a header row or a JSON array of objects,
/// same field names. Never throws on bad content: each bad row becomes a problem with its French reason.
/// </summary>
public static class OnlineGiftFile
{
    private static readonly string[] RequiredColumns = ["transaction_id", "collected_on", "channel", "amount", "periodicity"];

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd/MM/yyyy"];

    public static ParsedOnlineGifts Parse(ReadOnlyMemory<byte> content)
    {
        var text = Encoding.UTF8.GetString(content.Span).TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ParsedOnlineGifts([], [], 0, Messages.Online_FileEmpty);
        }

        var records = text.TrimStart().StartsWith('[') ? ReadJson(text) : ReadCsv(text);
        if (records.Error is not null)
        {
            return new ParsedOnlineGifts([], [], 0, records.Error);
        }

        var rows = new List<OnlineGiftRow>();
        var problems = new List<ImportProblem>();
        foreach (var (line, fields, raw) in records.Items)
        {
            if (fields is null)
            {
                problems.Add(new ImportProblem(line, raw, null));
                continue;
            }

            var masked = MaskIban(raw, fields);
            var (row, reason) = Read(line, fields, masked);
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                problems.Add(new ImportProblem(line, reason!, Clip(masked)));
            }
        }

        return new ParsedOnlineGifts(rows, problems, records.Items.Count);
    }

    /// <summary>Checks one record's fields; the first reason found refuses it.</summary>
    public static (OnlineGiftRow? Row, string? Reason) Read(int line, IReadOnlyDictionary<string, string> fields, string raw)
    {
        string? Field(string name) => fields.TryGetValue(name, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

        var transactionId = Field("transaction_id");
        if (transactionId is null)
        {
            return (null, Messages.Online_TransactionRequired);
        }

        if (transactionId.Length > ProviderTransaction.TransactionIdMaxLength)
        {
            return (null, string.Format(Messages.Online_TransactionTooLong, ProviderTransaction.TransactionIdMaxLength));
        }

        if (ParseDate(Field("collected_on")) is not { } collectedOn)
        {
            return (null, string.Format(Messages.Online_DateInvalid, Messages.Online_DateCollected, Field("collected_on")));
        }

        if (ParseChannel(Field("channel")) is not { } channel)
        {
            return (null, string.Format(Messages.Online_ChannelUnknown, Field("channel")));
        }

        if (ParseAmount(Field("amount")) is not { } amount)
        {
            return (null, string.Format(Messages.Online_AmountInvalid, Field("amount")));
        }

        if (ParsePeriodicity(Field("periodicity")) is not { } periodicity)
        {
            return (null, string.Format(Messages.Online_PeriodicityUnknown, Field("periodicity")));
        }

        var lastName = Field("last_name");
        var email = Field("email");
        if (lastName is null && email is null)
        {
            return (null, Messages.Online_NameAndEmailMissing);
        }

        if (email is not null && !LooksLikeEmail(email))
        {
            return (null, string.Format(Messages.Online_EmailInvalid, email));
        }

        Civility? civility = null;
        if (Field("civility") is { } civilityText)
        {
            civility = ParseCivility(civilityText);
            if (civility is null)
            {
                return (null, string.Format(Messages.Online_CivilityUnknown, civilityText));
            }
        }

        var country = (Field("country") ?? ContactAddress.France).ToUpperInvariant();
        if (country.Length != 2 || !country.All(char.IsAsciiLetterUpper))
        {
            return (null, string.Format(Messages.Online_CountryInvalid, Field("country")));
        }

        DateOnly? cardExpiresOn = null;
        if (channel == RecurringChannel.Card && Field("card_expiry") is { } expiry)
        {
            cardExpiresOn = ParseCardExpiry(expiry);
            if (cardExpiresOn is null)
            {
                return (null, string.Format(Messages.Online_CardExpiryInvalid, expiry));
            }
        }

        string? iban = null, bic = null, rum = null;
        DateOnly? signedOn = null;
        if (channel == RecurringChannel.DirectDebit)
        {
            iban = Field("iban");
            if (iban is null)
            {
                return (null, Messages.Online_IbanRequired);
            }

            if (!Iban.IsValid(iban))
            {
                return (null, string.Format(Messages.Online_IbanInvalid, Iban.Explain(iban)));
            }

            bic = Bic.Normalize(Field("bic"));
            if (bic is not null && !Bic.IsValid(bic))
            {
                return (null, string.Format(Messages.Online_BicInvalid, Field("bic")));
            }

            rum = Field("rum");
            if (rum is not null && (rum.Length > RecurringLimits.Max35 || !SepaText.IsAllowed(rum)))
            {
                return (null, string.Format(Messages.Online_RumInvalid, rum));
            }

            if (Field("mandate_signed_on") is { } signedText)
            {
                signedOn = ParseDate(signedText);
                if (signedOn is null)
                {
                    return (null, string.Format(Messages.Online_DateInvalid, Messages.Online_DateSigned, signedText));
                }
            }
        }

        return (new OnlineGiftRow(
            line, transactionId, collectedOn, channel, amount, periodicity, Field("campaign_code"),
            channel == RecurringChannel.DirectDebit ? null : Field("provider_reference"), cardExpiresOn,
            iban, bic, rum, signedOn ?? (channel == RecurringChannel.DirectDebit ? collectedOn : null),
            civility, Field("first_name"), lastName, email, Field("phone"), Field("street"), Field("post_code"), Field("city"), country,
            Clip(raw)), null);
    }

    public static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>« 1234.50 » or « 1234,50 »; no thousands separator, at most two decimals, positive.</summary>
    public static decimal? ParseAmount(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var normalized = text.Replace(',', '.');
        return decimal.TryParse(normalized, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && MoneyLimits.IsValidAmount(amount)
            ? amount
            : null;
    }

    public static RecurringChannel? ParseChannel(string? text) => text?.ToLowerInvariant() switch
    {
        "card" => RecurringChannel.Card,
        "paypal" => RecurringChannel.PayPal,
        "sepa" => RecurringChannel.DirectDebit,
        _ => null,
    };

    public static Periodicity? ParsePeriodicity(string? text) => text?.ToLowerInvariant() switch
    {
        "monthly" or "mensuel" => Periodicity.Monthly,
        "quarterly" or "trimestriel" => Periodicity.Quarterly,
        "half_yearly" or "semestriel" => Periodicity.HalfYearly,
        "yearly" or "annuel" => Periodicity.Yearly,
        _ => null,
    };

    public static Civility? ParseCivility(string text) => text.Trim().ToLowerInvariant() switch
    {
        "m" or "m." or "mr" or "monsieur" => Civility.Monsieur,
        "mme" or "madame" => Civility.Madame,
        "m. et mme" or "m et mme" or "monsieur et madame" => Civility.MonsieurEtMadame,
        _ => null,
    };

    /// <summary>« MM/YYYY »: the card works until the last day of that month.</summary>
    public static DateOnly? ParseCardExpiry(string text)
    {
        var parts = text.Split('/');
        if (parts.Length != 2 || parts[0].Length is < 1 or > 2 || parts[1].Length != 4
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || month is < 1 or > 12 || year is < 2000 or > 2100)
        {
            return null;
        }

        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    private static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && at < email.Length - 1 && !email.Any(char.IsWhiteSpace)
            && email.Length <= ContactLimits.EmailMaxLength;
    }

    /// <summary>The line as kept in the import report: the IBAN reduced to its country, key and last digits.</summary>
    private static string MaskIban(string raw, IReadOnlyDictionary<string, string> fields)
    {
        if (!fields.TryGetValue("iban", out var iban) || iban.Trim().Length < 8)
        {
            return raw;
        }

        var text = iban.Trim();
        return raw.Replace(text, $"{text[..4]}…{text[^3..]}", StringComparison.Ordinal);
    }

    private static string Clip(string raw) => raw.Length <= 500 ? raw : raw[..500];

    private sealed record RecordSet(IReadOnlyList<(int Line, IReadOnlyDictionary<string, string>? Fields, string Raw)> Items, string? Error);

    private static RecordSet ReadCsv(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        var header = Csv.Split(lines[0], ';').Select(h => h.Trim().ToLowerInvariant()).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            return new RecordSet([], string.Format(Messages.Online_FileUnreadable, string.Format(Messages.Online_MissingColumns, string.Join(", ", missing))));
        }

        var records = new List<(int, IReadOnlyDictionary<string, string>?, string)>();
        for (var i = 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var values = Csv.Split(lines[i], ';');
            if (values.Count != header.Count)
            {
                records.Add((i + 1, null, string.Format(Messages.Online_ColumnCount, values.Count, header.Count)));
                continue;
            }

            var fields = new Dictionary<string, string>();
            for (var c = 0; c < header.Count; c++)
            {
                fields[header[c]] = values[c];
            }

            records.Add((i + 1, fields, lines[i]));
        }

        return new RecordSet(records, null);
    }

    /// <summary>A JSON array of objects; the line number reported is the object's position (1 = first).</summary>
    private static RecordSet ReadJson(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException ex)
        {
            return new RecordSet([], string.Format(Messages.Online_FileUnreadable, ex.Message));
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return new RecordSet([], string.Format(Messages.Online_FileUnreadable, ""));
            }

            var records = new List<(int, IReadOnlyDictionary<string, string>?, string)>();
            var position = 0;
            foreach (var item in document.RootElement.EnumerateArray())
            {
                position++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    records.Add((position, null, string.Format(Messages.Online_FileUnreadable, item.GetRawText())));
                    continue;
                }

                var fields = new Dictionary<string, string>();
                foreach (var property in item.EnumerateObject())
                {
                    fields[property.Name.ToLowerInvariant()] = property.Value.ValueKind switch
                    {
                        JsonValueKind.String => property.Value.GetString() ?? "",
                        JsonValueKind.Null => "",
                        _ => property.Value.GetRawText(),
                    };
                }

                records.Add((position, fields, item.GetRawText()));
            }

            return new RecordSet(records, null);
        }
    }
}

/// <summary>Splits one CSV line: fields may be double-quoted (a doubled quote inside is a quote).</summary>
public static class Csv
{
    public static List<string> Split(string line, char separator)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"' && current.ToString().Trim().Length == 0)
            {
                current.Clear();
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
