using System.Globalization;
using System.Text;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Application.Recurring.Online;
using CrmBlazor.Domain.Petitions;

namespace CrmBlazor.Application.Petitions;

/// <summary>A readable line of a signatures file: the contact by member number or email, when and how it signed.</summary>
public sealed record SignatureInput(int Line, long? MemberNumber, string? Email, DateOnly SignedOn, SignatureSource Source);

/// <summary>A line left aside, with its number in the file and the French reason.</summary>
public sealed record SignatureProblem(int Line, string Reason);

public sealed record ParsedSignatureFile(IReadOnlyList<SignatureInput> Rows, IReadOnlyList<SignatureProblem> Problems);

/// <summary>
/// A petition's signatures as CSV with a header row naming its columns (any order, `;` or `,`):
/// « numero » and/or « email » to find the contact, « date » (31/12/2026 or 2026-12-31) and an optional « source »
/// (web, papier, evenement, telephone; import when absent).
/// </summary>
public static class SignatureFile
{
    public const int EmailMaxLength = 254;

    public static ParsedSignatureFile Parse(ReadOnlyMemory<byte> content)
    {
        // UTF-8 with or without its mark, else Latin-1 (a French Excel export): the provider files' reading.
        var lines = ProviderFileText.Lines(ProviderFileText.Decode(content.Span)).Select(l => l.Text).ToList();
        var headerIndex = lines.FindIndex(l => !string.IsNullOrWhiteSpace(l));
        if (headerIndex < 0)
        {
            return new ParsedSignatureFile([], [new SignatureProblem(1, "Le fichier est vide.")]);
        }

        var separator = lines[headerIndex].Contains(';') ? ';' : ',';
        var header = Csv.Split(lines[headerIndex], separator).Select(Normalize).ToList();
        int Column(params string[] names) => header.FindIndex(names.Contains);
        var number = Column("numero", "n°", "numero adherent", "numero de membre");
        var email = Column("email", "e-mail", "courriel", "adresse email");
        var date = Column("date", "date de signature");
        var source = Column("source", "origine");
        if ((number < 0 && email < 0) || date < 0)
        {
            return new ParsedSignatureFile([], [new SignatureProblem(headerIndex + 1, "L'en-tête doit nommer les colonnes « numero » ou « email », et « date ».")]);
        }

        var rows = new List<SignatureInput>();
        var problems = new List<SignatureProblem>();
        for (var i = headerIndex + 1; i < lines.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Csv.Split(lines[i], separator).Select(f => f.Trim()).ToList();
            string Field(int index) => index >= 0 && index < fields.Count ? fields[index] : "";
            var (row, reason) = Read(i + 1, Field(number), Field(email), Field(date), Field(source));
            if (row is not null)
            {
                rows.Add(row);
            }
            else
            {
                problems.Add(new SignatureProblem(i + 1, reason!));
            }
        }

        return new ParsedSignatureFile(rows, problems);
    }

    private static (SignatureInput? Row, string? Reason) Read(int line, string numberText, string emailText, string dateText, string sourceText)
    {
        long? number = null;
        if (numberText.Length > 0)
        {
            if (!long.TryParse(numberText, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed))
            {
                return (null, $"Numéro de fiche illisible : « {numberText} ».");
            }

            number = parsed;
        }

        var email = emailText.Length > 0 ? emailText.ToLowerInvariant() : null;
        if (email is not null && (email.Length > EmailMaxLength || !email.Contains('@', StringComparison.Ordinal)))
        {
            return (null, $"Adresse email invalide : « {emailText} ».");
        }

        if (number is null && email is null)
        {
            return (null, "Ni numéro de fiche ni adresse email.");
        }

        if (!DateOnly.TryParseExact(dateText, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var signedOn))
        {
            return (null, dateText.Length == 0 ? "Date de signature manquante." : $"Date illisible : « {dateText} » (attendu 31/12/2026).");
        }

        var source = ParseSource(sourceText);
        return source is null
            ? (null, $"Source inconnue : « {sourceText} » (web, papier, evenement, telephone ou import).")
            : (new SignatureInput(line, number, email, signedOn, source.Value), null);
    }

    public static SignatureSource? ParseSource(string text) => Normalize(text) switch
    {
        "" or "import" => SignatureSource.Import,
        "web" or "internet" or "site" => SignatureSource.Web,
        "papier" or "courrier" => SignatureSource.Paper,
        "evenement" => SignatureSource.Event,
        "telephone" => SignatureSource.Phone,
        _ => null,
    };

    /// <summary>Lower case without accents, so « Numéro » and « numero », « Événement » and « evenement » match.</summary>
    private static string Normalize(string text)
    {
        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }
}
