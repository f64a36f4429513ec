using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data.Configurations;

namespace CrmBlazor.Application.Receipts;

/// <summary>What a receipt needs to know about its donor, read from the contact and its main address.</summary>
public sealed record ReceiptDonorSource(
    long ContactId, ContactKind Kind, Civility? Civility, string? FirstName, string? LastName, string? OrganisationName, PostalAddress? MainAddress)
{
    /// <summary>Cerfa 11580*05 is the receipt of private individuals; companies and associations get another form.</summary>
    public bool IsPerson => Kind == ContactKind.Person;

    public bool HasPostalAddress => MainAddress is not null;

    public string DisplayName => ContactNames.Display(Kind, Civility, FirstName, LastName, OrganisationName);
}

/// <summary>
/// The donor block printed on a receipt, frozen at issue: names, the NF Z10-011 lines of the envelope window
/// and the Cerfa's « Adresse, Code postal, Commune, Pays ». A donor without a postal address can only be
/// receipted by email: the snapshot then has no lines.
/// </summary>
public static class ReceiptDonors
{
    public static ReceiptDonorSnapshot Snapshot(ReceiptDonorSource donor)
    {
        ArgumentNullException.ThrowIfNull(donor);
        if (!donor.IsPerson)
        {
            throw new InvalidOperationException("Only a person is receipted on Cerfa 11580*05.");
        }

        var lastName = Clip(donor.LastName ?? "", TaxReceiptConfiguration.NameMaxLength);
        var firstNames = Clip(donor.FirstName ?? "", TaxReceiptConfiguration.NameMaxLength);
        if (donor.MainAddress is not { } address)
        {
            return new ReceiptDonorSnapshot(lastName, firstNames, [], "", "", "", "");
        }

        var lines = MailingAddress.Lines(donor.DisplayName, address);
        var street = string.Join(", ", new[] { address.Street, address.Locality }.Where(p => !string.IsNullOrWhiteSpace(p)));
        if (street.Length == 0)
        {
            street = address.Building ?? address.Delivery ?? "";
        }

        // Abroad the window block ends with the country as La Poste writes it; at home the Cerfa simply says France.
        var country = MailingAddress.IsAbroad(address.Country) ? lines[^1] : "France";
        return new ReceiptDonorSnapshot(
            lastName,
            firstNames,
            lines,
            Clip(street, OrganisationProfile.StreetMaxLength),
            Clip(address.PostalCode, ContactLimits.PostalCodeMaxLength),
            Clip(address.City, OrganisationProfile.CityMaxLength),
            Clip(country, OrganisationProfile.CountryMaxLength));
    }

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}
