using System.Xml.Linq;
using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Application.Recurring.Sepa;

/// <summary>
/// The pain.002 customer payment status report (versions 001.001.03 to .10 share these elements): a status for the
/// whole file, for each batch (PmtInf) and for each debit. A debit without its own status takes its batch's, and a
/// batch without one the file's. Only RJCT is a rejection: ACCP, ACSC, ACTC, PDNG… need nothing from us.
/// </summary>
internal static class Pain002Returns
{
    private const string Rejected = "RJCT";

    public static ParsedProviderFile Read(XElement document)
    {
        var file = new SepaReturnFile(document.Name.Namespace);
        var report = file.Find(document, "CstmrPmtStsRpt");
        if (report is null)
        {
            return SepaReturnFile.Unusable(1, "Le compte rendu pain.002 ne contient pas de bloc CstmrPmtStsRpt.", document.Name.LocalName);
        }

        var reportedOn = file.Text(report, "GrpHdr", "CreDtTm");
        var group = file.Find(report, "OrgnlGrpInfAndSts");
        var groupStatus = file.Text(group, "GrpSts");
        var groupReason = Reason(file, group);
        var batches = file.All(report, "OrgnlPmtInfAndSts").ToList();
        if (batches.Count == 0 && group is not null)
        {
            if (groupStatus == Rejected)
            {
                var messageId = file.Text(group, "OrgnlMsgId") ?? "?";
                file.Problem(group, $"La banque a rejeté toute la remise {messageId} ({Described(groupReason)}) sans lister les prélèvements : vérifiez la remise avant de la renvoyer.");
            }
            else
            {
                file.Skip();
            }
        }

        foreach (var batch in batches)
        {
            ReadBatch(file, batch, file.Text(batch, "PmtInfSts") ?? groupStatus, Reason(file, batch) ?? groupReason, reportedOn);
        }

        return file.Result();
    }

    private static void ReadBatch(SepaReturnFile file, XElement batch, string? batchStatus, string? batchReason, string? reportedOn)
    {
        var debits = file.All(batch, "TxInfAndSts").ToList();
        if (debits.Count == 0)
        {
            if (batchStatus == Rejected)
            {
                var batchId = file.Text(batch, "OrgnlPmtInfId") ?? "?";
                file.Problem(batch, $"La banque a rejeté tout le lot {batchId} ({Described(batchReason)}) sans lister les prélèvements : vérifiez le lot avant de le renvoyer.");
            }
            else
            {
                file.Skip();
            }

            return;
        }

        foreach (var debit in debits)
        {
            if ((file.Text(debit, "TxSts") ?? batchStatus) != Rejected)
            {
                file.Skip();
                continue;
            }

            // The debit is dated by its collection date (else the report's day). Its id is the bank's reference of the
            // debit (AcctSvcrRef), not StsId: that one names the status line of this report and changes in a later one.
            var original = file.Find(debit, "OrgnlTxRef");
            file.Unpaid(
                debit,
                file.Text(debit, "OrgnlEndToEndId"),
                Reason(file, debit) ?? batchReason,
                file.Find(original, "Amt", "InstdAmt"),
                file.Text(original, "ReqdColltnDt") ?? reportedOn,
                file.Text(debit, "AcctSvcrRef"));
        }
    }

    /// <summary>The ISO reason code, or the bank's proprietary one.</summary>
    private static string? Reason(SepaReturnFile file, XElement? at)
    {
        var reason = file.Find(at, "StsRsnInf", "Rsn");
        return file.Text(reason, "Cd") ?? file.Text(reason, "Prtry");
    }

    private static string Described(string? code) => code is null ? SepaReasonCodes.Label(code) : $"{code} : {SepaReasonCodes.Label(code)}";
}
