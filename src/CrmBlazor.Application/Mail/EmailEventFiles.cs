using System.Globalization;
using System.Text.RegularExpressions;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Mail;
using CsvHelper;
using CsvHelper.Configuration;

namespace CrmBlazor.Application.Mail;

/// <summary>The lines of a file, or why it is refused (line number and reason): a refused file writes nothing.</summary>
public sealed record ParsedEmailEvents(IReadOnlyList<EmailEventLine> Lines, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;
}

/// <summary>
/// Reads the email platform's exports (docs/formats/email-events.md): the events export
/// (<c>email;campagne;evenement;date;detail</c>) and the bounce export (<c>email;date;statut;diagnostic</c>).
/// Columns are found by name (case and accents ignored), separator <c>;</c>, <c>,</c> or tab; dates ISO 8601 or
/// French « 31/12/2026 14:05 » in Paris time.
/// </summary>
public static partial class EmailEventFiles
{
    private const int MaxProblems = 20;

    public static ParsedEmailEvents ParseEvents(ReadOnlyMemory<byte> content) =>
        Parse(content, ["email", "evenement", "date"], (row, number) =>
        {
            var kindText = row("evenement");
            if (KindOf(kindText) is not { } kind)
            {
                return (null, string.Format(CultureInfo.InvariantCulture, Messages.EmailEvents_UnknownKind, number, kindText));
            }

            var detail = row("detail");
            BounceKind? bounce = null;
            if (kind == EmailEventKind.Bounce)
            {
                bounce = BounceStatus.Classify(StatusIn(detail));
                if (bounce is null)
                {
                    return (null, string.Format(CultureInfo.InvariantCulture, Messages.EmailEvents_BounceWithoutStatus, number));
                }
            }

            return Line(row, number, kind, row("campagne"), detail, bounce);
        });

    public static ParsedEmailEvents ParseBounces(ReadOnlyMemory<byte> content) =>
        Parse(content, ["email", "date", "statut"], (row, number) =>
        {
            var status = StatusIn(row("statut"));
            if (BounceStatus.Classify(status) is not { } bounce)
            {
                return (null, string.Format(CultureInfo.InvariantCulture, Messages.EmailEvents_BounceWithoutStatus, number));
            }

            var diagnostic = row("diagnostic");
            return Line(row, number, EmailEventKind.Bounce, null, string.IsNullOrWhiteSpace(diagnostic) ? status : $"{status} {diagnostic.Trim()}", bounce);
        });

    /// <summary>The first enhanced status code (RFC 3463) in a text such as « 550 5.1.1 User unknown ».</summary>
    public static string? StatusIn(string? text) => text is null ? null : StatusCode().Match(text) is { Success: true } m ? m.Value : null;

    private static (EmailEventLine?, string?) Line(
        Func<string, string?> row, int number, EmailEventKind kind, string? campaign, string? detail, BounceKind? bounce)
    {
        var address = row("email")?.Trim();
        if (string.IsNullOrEmpty(address) || !address.Contains('@', StringComparison.Ordinal) || address.Length > EmailEventLimits.AddressMaxLength)
        {
            return (null, string.Format(CultureInfo.InvariantCulture, Messages.EmailEvents_BadAddress, number, address));
        }

        if (DateOf(row("date")) is not { } at)
        {
            return (null, string.Format(CultureInfo.InvariantCulture, Messages.EmailEvents_BadDate, number, row("date")));
        }

        return (new EmailEventLine(address, string.IsNullOrWhiteSpace(campaign) ? null : campaign.Trim(), kind, at, detail?.Trim(), bounce), null);
    }

    private static ParsedEmailEvents Parse(
        ReadOnlyMemory<byte> content, string[] required, Func<Func<string, string?>, int, (EmailEventLine? Line, string? Problem)> read)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            DetectDelimiter = true,
            DetectDelimiterValues = [";", ",", "\t"],
            IgnoreBlankLines = true,
            BadDataFound = null,
        };
        using var reader = new StringReader(ProviderFileText.Decode(content.Span));
        using var parser = new CsvParser(reader, configuration);
        if (!parser.Read() || parser.Record is not { } header)
        {
            return new ParsedEmailEvents([], [Messages.EmailEvents_Empty]);
        }

        var columns = header.Select((name, index) => (Name: Key(name), index)).GroupBy(c => c.Name).ToDictionary(g => g.Key, g => g.First().index);
        var missing = required.Where(r => !columns.ContainsKey(r)).ToList();
        if (missing.Count > 0)
        {
            return new ParsedEmailEvents([], [string.Format(CultureInfo.InvariantCulture, Messages.EmailEvents_MissingColumns, string.Join(", ", missing))]);
        }

        var lines = new List<EmailEventLine>();
        var problems = new List<string>();
        while (parser.Read())
        {
            var fields = parser.Record ?? [];
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            string? Field(string name) => columns.TryGetValue(name, out var i) && i < fields.Length ? fields[i] : null;
            var (line, problem) = read(Field, parser.RawRow);
            if (line is not null)
            {
                lines.Add(line);
            }
            else if (problems.Count < MaxProblems)
            {
                problems.Add(problem!);
            }
        }

        return new ParsedEmailEvents(lines, problems);
    }

    private static string Key(string header) =>
        new string(header.Trim().ToLowerInvariant().Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && c != '_' && c != ' ' && c != '-').ToArray()) switch
        {
            "e-mail" or "mail" or "adresse" or "adresseemail" => "email",
            "event" or "type" => "evenement",
            "campaign" or "codecampagne" => "campagne",
            "status" or "code" => "statut",
            var other => other,
        };

    private static EmailEventKind? KindOf(string? text) =>
        Key(text ?? "") switch
        {
            "envoi" or "sent" or "delivered" or "delivre" => EmailEventKind.Sent,
            "ouverture" or "open" or "opened" => EmailEventKind.Open,
            "clic" or "click" or "clicked" => EmailEventKind.Click,
            "desinscription" or "desabonnement" or "unsubscribe" or "unsubscribed" => EmailEventKind.Unsubscribe,
            "rejet" or "bounce" or "bounced" => EmailEventKind.Bounce,
            _ => null,
        };

    private static readonly string[] FrenchFormats = ["dd/MM/yyyy HH:mm:ss", "dd/MM/yyyy HH:mm", "dd/MM/yyyy", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd"];

    private static DateTimeOffset? DateOf(string? text)
    {
        var value = text?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        // With an offset or a Z, the instant is given; otherwise it is Paris time.
        if ((value.EndsWith('Z') || OffsetSuffix().IsMatch(value))
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant))
        {
            return instant.ToUniversalTime();
        }

        if (DateTime.TryParseExact(value.Replace('T', ' '), FrenchFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return new DateTimeOffset(local, ParisTime.Zone.GetUtcOffset(local)).ToUniversalTime();
        }

        return null;
    }

    [GeneratedRegex(@"\b[245]\.\d{1,3}\.\d{1,3}\b")]
    private static partial Regex StatusCode();

    [GeneratedRegex(@"[+-]\d{2}:?\d{2}$")]
    private static partial Regex OffsetSuffix();
}
