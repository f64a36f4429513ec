using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Receipts;

namespace CrmBlazor.Application.Receipts;

/// <summary>What the PDF renderer prints, taken from the receipt's snapshot and the issuer revision it was issued under.</summary>
public static class ReceiptPrints
{
    public static ReceiptIssuer Issuer(OrganisationProfile profile) => new(
        profile.Name, profile.SirenOrRna, profile.Street, profile.PostCode, profile.City, profile.Country, profile.Object,
        profile.Category, profile.CategoryDetail, profile.Article200, profile.Article978, profile.SignatoryName, profile.SignatoryTitle,
        profile.SignatureImage);

    public static ReceiptPrint Print(TaxReceipt receipt, bool duplicate) => new(
        receipt.Number, receipt.Kind, receipt.Amount, receipt.IssuedOn, receipt.FirstPaymentOn, receipt.LastPaymentOn,
        receipt.PaymentModes,
        new ReceiptDonor(
            receipt.DonorLastName, receipt.DonorFirstNames, receipt.DonorAddressLines, receipt.DonorStreet, receipt.DonorPostCode,
            receipt.DonorCity, receipt.DonorCountry),
        duplicate, receipt.IsCancelled);
}
