using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Recurring;

/// <summary>One line of an imported bank statement: credits are positive. Matched to at most one settlement.</summary>
public sealed class BankStatementLine
{
    public const int LabelMaxLength = 200;

    private BankStatementLine()
    {
    }

    public long Id { get; private set; }

    public long ImportId { get; private set; }

    public int LineNumber { get; private set; }

    public DateOnly BookedOn { get; private set; }

    public string Label { get; private set; } = "";

    public decimal Amount { get; private set; }

    public long? SettlementId { get; private set; }

    public DateOnly? MatchedOn { get; private set; }

    public bool IsCredit => Amount > 0;

    public static BankStatementLine Read(long importId, int lineNumber, DateOnly bookedOn, string label, decimal amount)
    {
        if (amount == 0 || Math.Abs(amount) > MoneyLimits.MaxAmount || decimal.Round(amount, MoneyLimits.Scale) != amount)
        {
            throw new DomainException("Le montant d'une ligne de relevé est non nul, en euros et centimes.");
        }

        var text = label.Trim();
        return new BankStatementLine
        {
            ImportId = importId,
            LineNumber = lineNumber,
            BookedOn = bookedOn,
            Label = text.Length <= LabelMaxLength ? text : text[..LabelMaxLength],
            Amount = amount,
        };
    }

    internal void MatchTo(long settlementId, DateOnly on)
    {
        SettlementId = settlementId;
        MatchedOn = on;
    }
}

/// <summary>
/// Money a provider paid into the bank in one credit: a PayPal or PayZen settlement (its transactions listed in
/// <see cref="Items"/>, credited net of fees), or a SEPA remittance — the instalments of one pain.008 file and
/// collection date, credited gross.
/// </summary>
public sealed class ProviderSettlement
{
    public const int ReferenceMaxLength = 100;

    private ProviderSettlement()
    {
    }

    public long Id { get; private set; }

    public RecurringChannel Channel { get; private set; }

    /// <summary>Unique per channel: the provider's remittance or withdrawal id; for SEPA « SEPA-{file}-{yyyyMMdd} ».</summary>
    public string Reference { get; private set; } = "";

    public DateOnly SettledOn { get; private set; }

    public decimal Gross { get; private set; }

    public decimal Fee { get; private set; }

    public decimal Net { get; private set; }

    /// <summary>The settlement file; null for a SEPA remittance, which comes from our own pain.008 file.</summary>
    public long? ImportId { get; private set; }

    public long? SepaFileId { get; private set; }

    public DateOnly? CollectOn { get; private set; }

    public long? BankLineId { get; private set; }

    public DateOnly? MatchedOn { get; private set; }

    public List<SettlementItem> Items { get; private set; } = [];

    /// <summary>What the bank credit must be: net of fees for PayPal and PayZen, the whole remittance for SEPA.</summary>
    public decimal ExpectedCredit => Channel == RecurringChannel.DirectDebit ? Gross : Net;

    public static ProviderSettlement FromProvider(
        RecurringChannel channel, string reference, DateOnly settledOn, long importId, IReadOnlyList<SettlementItem> items)
    {
        if (channel == RecurringChannel.DirectDebit)
        {
            throw new DomainException("Une remise SEPA vient du fichier de prélèvements, pas d'un relevé de prestataire.");
        }

        if (items.Count == 0)
        {
            throw new DomainException("Un règlement sans transaction ne peut pas être rapproché.");
        }

        var gross = items.Sum(i => i.Gross);
        var fee = items.Sum(i => i.Fee);
        return new ProviderSettlement
        {
            Channel = channel,
            Reference = CheckedReference(reference),
            SettledOn = settledOn,
            Gross = gross,
            Fee = fee,
            Net = gross - fee,
            ImportId = importId,
            Items = items.ToList(),
        };
    }

    public static ProviderSettlement SepaRemittance(long sepaFileId, DateOnly collectOn, decimal gross) =>
        new()
        {
            Channel = RecurringChannel.DirectDebit,
            Reference = SepaReference(sepaFileId, collectOn),
            SettledOn = collectOn,
            Gross = gross,
            Fee = 0,
            Net = gross,
            SepaFileId = sepaFileId,
            CollectOn = collectOn,
        };

    public static string SepaReference(long sepaFileId, DateOnly collectOn) => $"SEPA-{sepaFileId}-{collectOn:yyyyMMdd}";

    /// <summary>Links this settlement and the bank credit: from now on neither can match anything else.</summary>
    public void Match(BankStatementLine line, DateOnly on)
    {
        if (BankLineId is not null || line.SettlementId is not null)
        {
            throw new DomainException("Ce règlement ou cette ligne de relevé est déjà rapproché.");
        }

        if (!SettlementMatcher.Fits(this, line))
        {
            throw new DomainException("Le montant ou la date de la ligne de relevé ne correspond pas au règlement.");
        }

        BankLineId = line.Id;
        MatchedOn = on;
        line.MatchTo(Id, on);
    }

    private static string CheckedReference(string reference)
    {
        var text = reference.Trim();
        return text.Length is > 0 and <= ReferenceMaxLength
            ? text
            : throw new DomainException($"La référence du règlement fait de 1 à {ReferenceMaxLength} caractères.");
    }
}

/// <summary>One provider transaction inside a settlement; the instalment is found from its transaction id.</summary>
public sealed class SettlementItem
{
    private SettlementItem()
    {
    }

    public long Id { get; private set; }

    public long SettlementId { get; private set; }

    public string TransactionId { get; private set; } = "";

    public decimal Gross { get; private set; }

    public decimal Fee { get; private set; }

    public static SettlementItem Of(string transactionId, decimal gross, decimal fee)
    {
        var id = transactionId.Trim();
        if (id.Length is 0 or > ProviderTransaction.TransactionIdMaxLength)
        {
            throw new DomainException($"L'identifiant de transaction fait de 1 à {ProviderTransaction.TransactionIdMaxLength} caractères.");
        }

        return new SettlementItem { TransactionId = id, Gross = gross, Fee = fee };
    }
}

/// <summary>
/// Pairs settlements with bank credits: the same amount (net, or gross for SEPA), booked on the settlement day or
/// within <see cref="MaxDaysAfter"/> days after it, neither already matched. Earliest settlements first, each
/// taking the earliest fitting credit, so the same inputs always give the same pairs.
/// </summary>
public static class SettlementMatcher
{
    public const int MaxDaysAfter = 5;

    public static bool Fits(ProviderSettlement settlement, BankStatementLine line) =>
        line.IsCredit
        && line.Amount == settlement.ExpectedCredit
        && line.BookedOn >= settlement.SettledOn
        && line.BookedOn <= settlement.SettledOn.AddDays(MaxDaysAfter);

    public static IReadOnlyList<(ProviderSettlement Settlement, BankStatementLine Line)> Pair(
        IEnumerable<ProviderSettlement> settlements, IEnumerable<BankStatementLine> lines)
    {
        var free = lines.Where(l => l.SettlementId is null && l.IsCredit).OrderBy(l => l.BookedOn).ThenBy(l => l.Id).ToList();
        var pairs = new List<(ProviderSettlement, BankStatementLine)>();
        foreach (var settlement in settlements.Where(s => s.BankLineId is null).OrderBy(s => s.SettledOn).ThenBy(s => s.Id))
        {
            var line = free.FirstOrDefault(l => Fits(settlement, l));
            if (line is not null)
            {
                free.Remove(line);
                pairs.Add((settlement, line));
            }
        }

        return pairs;
    }
}
