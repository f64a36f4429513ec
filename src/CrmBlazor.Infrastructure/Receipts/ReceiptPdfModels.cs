using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>
/// The organisation as its receipts print it. <paramref name="CategoryDetail"/> completes the category:
/// for <see cref="OrganisationCategory.PublicUtility"/> it follows « par décret en date du » (e.g.
/// « 12/03/1990 publié au Journal officiel du 20/03/1990 »); for <see cref="OrganisationCategory.Other"/> it says what.
/// </summary>
public sealed record ReceiptIssuer(
    string Name, string SirenOrRna, string Street, string PostCode, string City, string Country,
    string Object, OrganisationCategory Category, string? CategoryDetail,
    bool Article200, bool Article978, string SignatoryName, string SignatoryTitle,
    byte[]? SignatureImage /* PNG or JPEG, may be null */);

/// <summary>
/// The donor: <paramref name="AddressLines"/> is the NF Z10-011 block printed in the envelope window as given
/// (at most 6–7 lines, the last one « POSTCODE CITY » or the country); the other fields fill the Cerfa's block.
/// </summary>
public sealed record ReceiptDonor(
    string LastName, string FirstNames, IReadOnlyList<string> AddressLines,
    string Street, string PostCode, string City, string Country);

/// <summary>One receipt to print. <paramref name="FirstPaymentOn"/> equals <paramref name="LastPaymentOn"/> for a per-gift receipt.</summary>
public sealed record ReceiptPrint(
    string Number, ReceiptKind Kind, decimal Amount, DateOnly IssuedOn,
    DateOnly FirstPaymentOn, DateOnly LastPaymentOn,
    IReadOnlyList<ReceiptPaymentMode> PaymentModes, ReceiptDonor Donor,
    bool IsDuplicate, bool IsCancelled);
