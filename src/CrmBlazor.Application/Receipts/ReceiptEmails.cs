using System.Globalization;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.Application.Receipts;

/// <summary>The email that carries a receipt to a donor who chose email; the outbox sends it with the receipt attached.</summary>
public static class ReceiptEmails
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static OutboxMessage Message(
        OrganisationProfile issuer, TaxReceipt receipt, string donorName, string to, long attachmentDocumentId, DateTimeOffset at,
        bool attachmentIsOriginal = false)
    {
        ArgumentNullException.ThrowIfNull(issuer);
        ArgumentNullException.ThrowIfNull(receipt);
        var subject = string.Format(French, Messages.Receipts_EmailSubject, receipt.Year, issuer.Name);
        var body = string.Format(
            French,
            Messages.Receipts_EmailBody,
            donorName,
            receipt.Number,
            receipt.Year,
            receipt.Amount.ToString("#,##0.00 €", French),
            issuer.SignatoryName,
            issuer.SignatoryTitle,
            issuer.Name);
        return OutboxMessage.Queue(receipt.ContactId, to, subject, body, attachmentDocumentId, at, attachmentIsOriginal);
    }
}
