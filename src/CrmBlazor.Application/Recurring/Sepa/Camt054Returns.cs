using System.Xml.Linq;
using CrmBlazor.Application.Recurring.Files;

namespace CrmBlazor.Application.Recurring.Sepa;

/// <summary>
/// The camt.054 debit/credit notification (versions 001.02 to .08): each entry (Ntry) is a booking on the
/// association's account with its transactions (NtryDtls/TxDtls). A returned or refunded direct debit is a debit
/// entry whose transaction carries return information (RtrInf) — or, failing that, the « unpaid direct debit »
/// bank transaction code (PMNT/RDDT/UPDD) — and the end-to-end id of our pain.008. Credits (the collections
/// themselves) and other debits (fees) need nothing from us.
/// </summary>
internal static class Camt054Returns
{
    private const string UnpaidDirectDebit = "UPDD";

    public static ParsedProviderFile Read(XElement document)
    {
        var file = new SepaReturnFile(document.Name.Namespace);
        var report = file.Find(document, "BkToCstmrDbtCdtNtfctn");
        if (report is null)
        {
            return SepaReturnFile.Unusable(1, "L'avis camt.054 ne contient pas de bloc BkToCstmrDbtCdtNtfctn.", document.Name.LocalName);
        }

        var sentOn = file.Text(report, "GrpHdr", "CreDtTm");
        foreach (var notification in file.All(report, "Ntfctn"))
        {
            var notifiedOn = file.Text(notification, "CreDtTm") ?? sentOn;
            foreach (var entry in file.All(notification, "Ntry"))
            {
                ReadEntry(file, entry, notifiedOn);
            }
        }

        return file.Result();
    }

    private static void ReadEntry(SepaReturnFile file, XElement entry, string? notifiedOn)
    {
        var details = file.All(entry, "NtryDtls").SelectMany(d => file.All(d, "TxDtls")).ToList();
        var isDebit = file.Text(entry, "CdtDbtInd") == "DBIT";
        var entryIsUnpaid = SubFamily(file, entry) == UnpaidDirectDebit;
        if (details.Count == 0)
        {
            if (isDebit && entryIsUnpaid)
            {
                file.Unpaid(entry, null, null, null, null, null);
            }
            else
            {
                file.Skip();
            }

            return;
        }

        var bookedOn = file.Text(entry, "BookgDt", "Dt") ?? file.Text(entry, "BookgDt", "DtTm") ?? file.Text(entry, "ValDt", "Dt") ?? notifiedOn;
        foreach (var transaction in details)
        {
            var returned = file.Find(transaction, "RtrInf");
            if (!isDebit || (returned is null && !entryIsUnpaid && SubFamily(file, transaction) != UnpaidDirectDebit))
            {
                file.Skip();
                continue;
            }

            var reason = file.Find(returned, "Rsn");
            var endToEndId = file.Text(transaction, "Refs", "EndToEndId");
            file.Unpaid(
                transaction,
                endToEndId,
                file.Text(reason, "Cd") ?? file.Text(reason, "Prtry"),
                Amount(file, entry, transaction, details.Count),
                bookedOn,
                BankReference(file, entry, transaction, endToEndId));
        }
    }

    /// <summary>
    /// The amount of our original debit: the instructed amount when the bank gives it, else the transaction's amount
    /// (version .04 and later), else the booked one; the entry's own amount only when it holds this transaction alone.
    /// </summary>
    private static XElement? Amount(SepaReturnFile file, XElement entry, XElement transaction, int transactions) =>
        file.Find(transaction, "AmtDtls", "InstdAmt", "Amt")
        ?? file.Find(transaction, "Amt")
        ?? file.Find(transaction, "AmtDtls", "TxAmt", "Amt")
        ?? (transactions == 1 ? file.Find(entry, "Amt") : null);

    /// <summary>
    /// The bank's own reference of this return, stable from one notification to the next; the entry's reference
    /// is shared by its transactions, so it is qualified by the end-to-end id.
    /// </summary>
    private static string? BankReference(SepaReturnFile file, XElement entry, XElement transaction, string? endToEndId) =>
        file.Text(transaction, "Refs", "AcctSvcrRef")
        ?? file.Text(transaction, "Refs", "TxId")
        ?? (file.Text(entry, "AcctSvcrRef") is { } entryReference && endToEndId is not null ? $"{entryReference}-{endToEndId}" : null);

    private static string? SubFamily(SepaReturnFile file, XElement at) => file.Text(at, "BkTxCd", "Domn", "Fmly", "SubFmlyCd");
}
