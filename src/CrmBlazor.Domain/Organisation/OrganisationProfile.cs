using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.Domain.Organisation;

/// <summary>
/// The association's identity as printed on receipts and deposit slips. Append-only: every save is a new
/// revision, and each receipt points at the revision it was issued under, so a reprint is exactly the original.
/// </summary>
public sealed class OrganisationProfile
{
    public const int NameMaxLength = 150;
    public const int IdentifierMaxLength = 20;
    public const int StreetMaxLength = 150;
    public const int PostCodeMaxLength = 10;
    public const int CityMaxLength = 60;
    public const int CountryMaxLength = 60;
    public const int ObjectMaxLength = 600;
    public const int DetailMaxLength = 200;
    public const int PersonMaxLength = 100;
    public const int BankMaxLength = 60;
    public const int IbanMaxLength = 34;
    public const int BicMaxLength = 11;
    public const int SepaCreditorIdMaxLength = 35;
    public const int SignatureMaxBytes = 512 * 1024;

    private OrganisationProfile()
    {
    }

    public int Revision { get; private set; }

    public string Name { get; private set; } = "";

    public string SirenOrRna { get; private set; } = "";

    public string Street { get; private set; } = "";

    public string PostCode { get; private set; } = "";

    public string City { get; private set; } = "";

    public string Country { get; private set; } = "";

    public string Object { get; private set; } = "";

    public OrganisationCategory Category { get; private set; }

    public string? CategoryDetail { get; private set; }

    public bool Article200 { get; private set; }

    public bool Article978 { get; private set; }

    public string SignatoryName { get; private set; } = "";

    public string SignatoryTitle { get; private set; } = "";

    public byte[]? SignatureImage { get; private set; }

    public string? SignatureContentType { get; private set; }

    public string BankName { get; private set; } = "";

    public string AccountHolder { get; private set; } = "";

    public string Iban { get; private set; } = "";

    public string? Bic { get; private set; }

    /// <summary>The annual run skips suspended contacts unless the association decides otherwise.</summary>
    public bool ReceiptsSkipSuspended { get; private set; }

    /// <summary>Identifiant créancier SEPA (ICS), printed in every pain.008 file; null until the bank has given one.</summary>
    public string? SepaCreditorId { get; private set; }

    public DateTimeOffset SavedAt { get; private set; }

    public string SavedBy { get; private set; } = "";

    public static OrganisationProfile NextRevision(int? currentRevision, OrganisationIdentity identity, DateTimeOffset at, string by)
    {
        if (!identity.Article200 && !identity.Article978)
        {
            throw new DomainException("Cochez au moins un article du CGI (200 ou 978).");
        }

        if (identity.Category is OrganisationCategory.PublicUtility or OrganisationCategory.Other
            && string.IsNullOrWhiteSpace(identity.CategoryDetail))
        {
            throw new DomainException("Précisez la catégorie (date du décret de reconnaissance d'utilité publique, ou nature).");
        }

        if (identity.SignatureImage is { Length: > SignatureMaxBytes })
        {
            throw new DomainException("L'image de signature dépasse 512 Ko.");
        }

        if (!string.IsNullOrWhiteSpace(identity.SepaCreditorId) && !CreditorIdentifier.IsValid(identity.SepaCreditorId))
        {
            throw new DomainException(CreditorIdentifier.Explain(identity.SepaCreditorId));
        }

        return new OrganisationProfile
        {
            Revision = (currentRevision ?? 0) + 1,
            Name = identity.Name.Trim(),
            SirenOrRna = identity.SirenOrRna.Replace(" ", "").ToUpperInvariant(),
            Street = identity.Street.Trim(),
            PostCode = identity.PostCode.Trim(),
            City = identity.City.Trim(),
            Country = identity.Country.Trim(),
            Object = identity.Object.Trim(),
            Category = identity.Category,
            CategoryDetail = string.IsNullOrWhiteSpace(identity.CategoryDetail) ? null : identity.CategoryDetail.Trim(),
            Article200 = identity.Article200,
            Article978 = identity.Article978,
            SignatoryName = identity.SignatoryName.Trim(),
            SignatoryTitle = identity.SignatoryTitle.Trim(),
            SignatureImage = identity.SignatureImage,
            SignatureContentType = identity.SignatureImage is null ? null : identity.SignatureContentType,
            BankName = identity.BankName.Trim(),
            AccountHolder = identity.AccountHolder.Trim(),
            Iban = identity.Iban.Replace(" ", "").ToUpperInvariant(),
            Bic = string.IsNullOrWhiteSpace(identity.Bic) ? null : identity.Bic.Trim().ToUpperInvariant(),
            ReceiptsSkipSuspended = identity.ReceiptsSkipSuspended,
            SepaCreditorId = string.IsNullOrWhiteSpace(identity.SepaCreditorId) ? null : CreditorIdentifier.Normalize(identity.SepaCreditorId),
            SavedAt = at,
            SavedBy = by,
        };
    }

    public OrganisationIdentity Identity => new(
        Name, SirenOrRna, Street, PostCode, City, Country, Object, Category, CategoryDetail, Article200, Article978,
        SignatoryName, SignatoryTitle, SignatureImage, SignatureContentType, BankName, AccountHolder, Iban, Bic, ReceiptsSkipSuspended, SepaCreditorId);
}

/// <summary>What an administrator types on the organisation page.</summary>
public sealed record OrganisationIdentity(
    string Name, string SirenOrRna, string Street, string PostCode, string City, string Country, string Object,
    OrganisationCategory Category, string? CategoryDetail, bool Article200, bool Article978,
    string SignatoryName, string SignatoryTitle, byte[]? SignatureImage, string? SignatureContentType,
    string BankName, string AccountHolder, string Iban, string? Bic, bool ReceiptsSkipSuspended, string? SepaCreditorId = null);
