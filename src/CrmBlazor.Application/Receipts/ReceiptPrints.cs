using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Receipts;

namespace CrmBlazor.Application.Receipts;

/// <summary>
/// What the PDF renderer prints, from what the database keeps: the issuer revision a receipt points at, and the
/// receipt's own snapshot. Reprinting a receipt years later therefore gives the original, marked duplicata.
/// </summary>
public static class ReceiptPrints
{
    public static ReceiptIssuer Issuer(OrganisationProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        return new ReceiptIssuer(
            profile.Name, profile.SirenOrRna, profile.Street, profile.PostCode, profile.City, profile.Country, profile.Object,
            profile.Category, profile.CategoryDetail, profile.Article200, profile.Article978, profile.SignatoryName, profile.SignatoryTitle,
            profile.SignatureImage);
    }

    /// <param name="duplicate">Any copy after the original went out (<see cref="TaxReceipt.DeliveredAt"/> set) is a duplicata.</param>
    public static ReceiptPrint Print(TaxReceipt receipt, bool duplicate)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var donor = new ReceiptDonor(
            receipt.DonorLastName, receipt.DonorFirstNames, receipt.DonorAddressLines, receipt.DonorStreet, receipt.DonorPostCode,
            receipt.DonorCity, receipt.DonorCountry);
        return new ReceiptPrint(
            receipt.Number, receipt.Kind, receipt.Amount, receipt.IssuedOn, receipt.FirstPaymentOn, receipt.LastPaymentOn, receipt.PaymentModes,
            donor, duplicate, receipt.IsCancelled);
    }
}
