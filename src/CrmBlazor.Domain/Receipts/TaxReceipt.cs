using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Receipts;

public enum TaxReceiptStatus
{
    Issued,
    Cancelled,
}

public enum ReceiptDelivery
{
    /// <summary>Printed and posted (print batch, window envelope).</summary>
    Post,

    /// <summary>Sent through the mail outbox.</summary>
    Email,

    /// <summary>Issued from the record and handed over by staff (download, print at the desk).</summary>
    Desk,
}

/// <summary>
/// A Cerfa 11580*05 tax receipt. Its number is given once (per fiscal year, without gaps) and everything
/// printed on it is a snapshot taken at issue: a receipt is never edited, only cancelled and replaced.
/// </summary>
public sealed class TaxReceipt : IContactOwned
{
    private readonly List<TaxReceiptDonation> donations = [];

    private TaxReceipt()
    {
    }

    public long Id { get; private set; }

    /// <summary>The year the gifts were received; numbers run within it.</summary>
    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public ReceiptKind Kind { get; private set; }

    public long ContactId { get; private set; }

    public decimal Amount { get; private set; }

    public DateOnly FirstPaymentOn { get; private set; }

    public DateOnly LastPaymentOn { get; private set; }

    public List<ReceiptPaymentMode> PaymentModes { get; private set; } = [];

    public DateOnly IssuedOn { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    public string IssuedBy { get; private set; } = "";

    public int IssuerRevision { get; private set; }

    public long? RunId { get; private set; }

    public ReceiptDelivery Delivery { get; private set; }

    /// <summary>When the original went out; any later copy is a duplicata.</summary>
    public DateTimeOffset? DeliveredAt { get; private set; }

    public string DonorLastName { get; private set; } = "";

    public string DonorFirstNames { get; private set; } = "";

    public List<string> DonorAddressLines { get; private set; } = [];

    public string DonorStreet { get; private set; } = "";

    public string DonorPostCode { get; private set; } = "";

    public string DonorCity { get; private set; } = "";

    public string DonorCountry { get; private set; } = "";

    public TaxReceiptStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public long? ReplacesId { get; private set; }

    public long? ReplacedById { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<TaxReceiptDonation> Donations => donations;

    public string Number => FormatNumber(Year, Sequence);

    public string ContactPart => ContactParts.Receipts;

    public bool IsCancelled => Status == TaxReceiptStatus.Cancelled;

    public static string FormatNumber(int year, int sequence) => $"{year}-{sequence:D6}";

    public static TaxReceipt Issue(ReceiptIssue issue)
    {
        if (issue.Gifts.Count == 0)
        {
            throw new DomainException("Aucun don encaissé à porter sur le reçu.");
        }

        if (issue.Gifts.Any(g => g.DonatedOn.Year != issue.Year))
        {
            throw new DomainException("Un reçu ne couvre que les dons d'une même année.");
        }

        if (issue.Kind == ReceiptKind.PerGift && issue.Gifts.Count != 1)
        {
            throw new DomainException("Un reçu unitaire couvre un seul don.");
        }

        if (issue.Sequence <= 0)
        {
            throw new DomainException("Numéro de reçu invalide.");
        }

        var receipt = new TaxReceipt
        {
            Year = issue.Year,
            Sequence = issue.Sequence,
            Kind = issue.Kind,
            ContactId = issue.ContactId,
            Amount = issue.Gifts.Sum(g => g.Amount),
            FirstPaymentOn = issue.Gifts.Min(g => g.DonatedOn),
            LastPaymentOn = issue.Gifts.Max(g => g.DonatedOn),
            PaymentModes = issue.Gifts.Select(g => ReceiptPaymentModes.From(g.Method)).Distinct().Order().ToList(),
            IssuedOn = issue.IssuedOn,
            IssuedAt = issue.IssuedAt,
            IssuedBy = issue.IssuedBy,
            IssuerRevision = issue.IssuerRevision,
            RunId = issue.RunId,
            Delivery = issue.Delivery,
            DonorLastName = issue.Donor.LastName,
            DonorFirstNames = issue.Donor.FirstNames,
            DonorAddressLines = issue.Donor.AddressLines.ToList(),
            DonorStreet = issue.Donor.Street,
            DonorPostCode = issue.Donor.PostCode,
            DonorCity = issue.Donor.City,
            DonorCountry = issue.Donor.Country,
            Status = TaxReceiptStatus.Issued,
            ReplacesId = issue.ReplacesId,
        };
        receipt.donations.AddRange(issue.Gifts.Select(g => new TaxReceiptDonation(g.DonationId, g.Amount)));
        return receipt;
    }

    public void MarkDelivered(DateTimeOffset at) => DeliveredAt ??= at;

    /// <summary>Frees the gifts for a new receipt; the number stays used, the row stays.</summary>
    public void Cancel(string reason, DateTimeOffset at)
    {
        if (IsCancelled)
        {
            throw new DomainException($"Le reçu {Number} est déjà annulé.");
        }

        CancelReason = Reasons.Require(reason);
        CancelledAt = at;
        Status = TaxReceiptStatus.Cancelled;
        foreach (var donation in donations)
        {
            donation.Release();
        }
    }

    public void ReplacedBy(TaxReceipt replacement) => ReplacedById = replacement.Id;
}

/// <summary>A gift a receipt covers; a gift is on at most one receipt that is not cancelled (unique index).</summary>
public sealed class TaxReceiptDonation
{
    private TaxReceiptDonation()
    {
    }

    internal TaxReceiptDonation(long donationId, decimal amount)
    {
        DonationId = donationId;
        Amount = amount;
        IsActive = true;
    }

    public long ReceiptId { get; private set; }

    public long DonationId { get; private set; }

    public decimal Amount { get; private set; }

    public bool IsActive { get; private set; }

    internal void Release() => IsActive = false;
}

public sealed record ReceiptGift(long DonationId, decimal Amount, DateOnly DonatedOn, PaymentMethod Method);

public sealed record ReceiptDonorSnapshot(
    string LastName, string FirstNames, IReadOnlyList<string> AddressLines, string Street, string PostCode, string City, string Country);

public sealed record ReceiptIssue(
    int Year, int Sequence, ReceiptKind Kind, long ContactId, IReadOnlyList<ReceiptGift> Gifts, DateOnly IssuedOn,
    DateTimeOffset IssuedAt, string IssuedBy, int IssuerRevision, ReceiptDelivery Delivery, ReceiptDonorSnapshot Donor,
    long? RunId = null, long? ReplacesId = null);
