using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Receipts;

namespace CrmBlazor.UnitTests.Receipts;

internal static class ReceiptSamples
{
    /// <summary>A 120 × 40 RGB PNG squiggle standing in for a scanned signature.</summary>
    public static readonly byte[] SignaturePng = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAHgAAAAoCAIAAAC6iKlyAAABGUlEQVR42u2a0RHDIAxDNUSG7fZ0gOYoBNsSRL5+NuL5HW0IBM1VUrACi7Zol0VbtEW7LNqiV+u6PrcfQUFRnNCxrOa6zzmLCil0HdfhqKCg//2OjuXHvXBEj5PRXY8DTKFCCp3uOg+1TnRqwxTLU1dB0DLF9cpwI9dC03K96xBUjugQTTWuQ4boh0CcPjCnIL8ThYwewqdh3ryOTe6kIbyBJCkZsZWZ2GX27f4rQeyQu/yfZt9jf/NRdtvVcU1ZyWC7Ne/6QJS1Od75FFf8WH8v+vh9CQonFhs4cqctgxMrQLvsHdOPb+5Ft5wjBpZrEVSM8L3tfK9UdIs+Bia6ViDEsx6aXonPBr+pZNEW7bJoi7ZoK7Doo+oLrla4BZGL3aIAAAAASUVORK5CYII=");

    public static ReceiptIssuer Issuer(
        bool article978 = false,
        OrganisationCategory category = OrganisationCategory.GeneralInterestAssociation,
        string? categoryDetail = null,
        string @object = "Protéger la forêt, ses étangs et sa faune ; œuvrer à l'éducation à l'environnement naturel.",
        byte[]? signature = null) =>
        new(
            Name: "Association des Amis de la Forêt de Brocéliande",
            SirenOrRna: "W351234567",
            Street: "12 rue de l'Église",
            PostCode: "35380",
            City: "Paimpont",
            Country: "France",
            Object: @object,
            Category: category,
            CategoryDetail: categoryDetail,
            Article200: true,
            Article978: article978,
            SignatoryName: "Françoise Le Bihan",
            SignatoryTitle: "Trésorière",
            SignatureImage: signature);

    public static ReceiptDonor Donor(IReadOnlyList<string>? addressLines = null, string street = "12 rue de la Paix") =>
        new(
            LastName: "LEFÈVRE",
            FirstNames: "Marie Cécile",
            AddressLines: addressLines ?? ["Mme Marie LEFÈVRE", "Appartement 12, 3e étage", "Résidence Les Œillets", "12 RUE DE LA PAIX", "75002 PARIS"],
            Street: street,
            PostCode: "75002",
            City: "Paris",
            Country: "France");

    public static ReceiptPrint PerGift(
        decimal amount = 120.50m,
        string number = "RF-2026-000123",
        ReceiptPaymentMode mode = ReceiptPaymentMode.Cheque,
        bool duplicate = false,
        bool cancelled = false,
        ReceiptDonor? donor = null) =>
        new(
            Number: number,
            Kind: ReceiptKind.PerGift,
            Amount: amount,
            IssuedOn: new DateOnly(2026, 3, 2),
            FirstPaymentOn: new DateOnly(2026, 2, 27),
            LastPaymentOn: new DateOnly(2026, 2, 27),
            PaymentModes: [mode],
            Donor: donor ?? Donor(),
            IsDuplicate: duplicate,
            IsCancelled: cancelled);

    public static ReceiptPrint Annual(params ReceiptPaymentMode[] modes) =>
        PerGift(amount: 240m, number: "RF-2026-000456") with
        {
            Kind = ReceiptKind.Annual,
            IssuedOn = new DateOnly(2027, 1, 15),
            FirstPaymentOn = new DateOnly(2026, 1, 1),
            LastPaymentOn = new DateOnly(2026, 12, 31),
            PaymentModes = modes,
        };
}
