using System.Globalization;
using System.Text;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// Where each column of a PayPal activity download is, found by its header name in English or in French (a French
/// account downloads French headers), ignoring case, accents and the kind of apostrophe. The headers also tell how
/// dates and amounts are written: 31/12/2026 and « 1 234,50 » in French, 12/31/2026 and « 1,234.50 » in English.
/// </summary>
internal sealed class PayPalColumns
{
    private static readonly Dictionary<string, string[]> Aliases = new()
    {
        [nameof(Date)] = ["date"],
        [nameof(Time)] = ["time", "heure"],
        [nameof(Name)] = ["name", "nom"],
        [nameof(Type)] = ["type"],
        [nameof(Status)] = ["status", "etat", "statut"],
        [nameof(Currency)] = ["currency", "devise"],
        [nameof(Gross)] = ["gross", "brut", "avant commission"],
        [nameof(FromEmail)] = ["from email address", "de l'adresse email", "de l'adresse e-mail"],
        [nameof(TransactionId)] = ["transaction id", "numero de transaction", "n° de transaction"],
        [nameof(ReferenceTransactionId)] =
            ["reference txn id", "numero de la transaction de reference", "numero de transaction de reference", "n° de transaction de reference"],
        [nameof(InvoiceNumber)] = ["invoice number", "numero de facture", "n° de facture"],
        [nameof(SubscriptionNumber)] = ["subscription number", "subscription id", "numero d'abonnement", "n° d'abonnement"],
        [nameof(EventCode)] = ["transaction event code", "code d'evenement de transaction", "code d'evenement"],
    };

    /// <summary>Headers only a French download has: they decide how dates and amounts read.</summary>
    private static readonly string[] FrenchOnly = ["heure", "etat", "statut", "devise", "nom", "brut", "avant commission", "fuseau horaire", "numero de transaction"];

    public int Count { get; private init; }

    public bool French { get; private init; }

    public int? Date { get; private init; }

    public int? Time { get; private init; }

    public int? Name { get; private init; }

    public int? Type { get; private init; }

    public int? Status { get; private init; }

    public int? Currency { get; private init; }

    public int? Gross { get; private init; }

    public int? FromEmail { get; private init; }

    public int? TransactionId { get; private init; }

    public int? ReferenceTransactionId { get; private init; }

    public int? InvoiceNumber { get; private init; }

    public int? SubscriptionNumber { get; private init; }

    public int? EventCode { get; private init; }

    /// <summary>The columns, or null with the first required one missing (date, status, gross amount, transaction id).</summary>
    public static PayPalColumns? From(string[] header, out string missing)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            index.TryAdd(Normalize(header[i]), i);
        }

        int? Find(string column) => Aliases[column].Select(a => index.TryGetValue(a, out var i) ? i : (int?)null).FirstOrDefault(i => i is not null);

        var columns = new PayPalColumns
        {
            Count = header.Length,
            French = FrenchOnly.Any(index.ContainsKey),
            Date = Find(nameof(Date)),
            Time = Find(nameof(Time)),
            Name = Find(nameof(Name)),
            Type = Find(nameof(Type)),
            Status = Find(nameof(Status)),
            Currency = Find(nameof(Currency)),
            Gross = Find(nameof(Gross)),
            FromEmail = Find(nameof(FromEmail)),
            TransactionId = Find(nameof(TransactionId)),
            ReferenceTransactionId = Find(nameof(ReferenceTransactionId)),
            InvoiceNumber = Find(nameof(InvoiceNumber)),
            SubscriptionNumber = Find(nameof(SubscriptionNumber)),
            EventCode = Find(nameof(EventCode)),
        };
        missing = columns.Date is null ? "Date"
            : columns.Status is null ? "Status / État"
            : columns.Gross is null ? "Gross / Avant commission"
            : columns.TransactionId is null ? "Transaction ID / Numéro de transaction"
            : "";
        return missing.Length == 0 ? columns : null;
    }

    /// <summary>Lower case, no accents, straight apostrophes, single spaces: « Numéro de la transaction de référence » → « numero de la transaction de reference ».</summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Trim().Trim('\uFEFF', '"').Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var kept = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = kept.Length > 0;
                continue;
            }

            if (space)
            {
                kept.Append(' ');
                space = false;
            }

            kept.Append(char.ToLowerInvariant(c));
        }

        return kept.ToString();
    }
}
