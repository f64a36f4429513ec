using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Contacts;

/// <summary>
/// A postal address in structured fields (lines 2–5 of NF Z10-011, postcode, city, country); the mail
/// lines are rendered at print time by <see cref="MailingAddress"/>. One address per contact is the
/// main one; the others are dated.
/// </summary>
public sealed class ContactAddress : IContactOwned
{
    public const string France = "FR";

    private ContactAddress()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public bool IsMain { get; private set; }

    /// <summary>Line 2: flat, floor, staircase, « chez … ».</summary>
    public string? Delivery { get; private set; }

    /// <summary>Line 3: entrance, building, residence.</summary>
    public string? Building { get; private set; }

    /// <summary>Line 4: number and street.</summary>
    public string? Street { get; private set; }

    /// <summary>Line 5: lieu-dit, BP, TSA.</summary>
    public string? Locality { get; private set; }

    public string PostalCode { get; private set; } = "";

    public string City { get; private set; } = "";

    /// <summary>ISO 3166 alpha-2 code.</summary>
    public string Country { get; private set; } = France;

    public DateOnly? ValidFrom { get; private set; }

    public DateOnly? ValidTo { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Addresses;

    public PostalAddress Parts => new(Delivery, Building, Street, Locality, PostalCode, City, Country);

    public static ContactAddress Main(long contactId, PostalAddress address)
    {
        var row = new ContactAddress { ContactId = contactId, IsMain = true };
        row.Change(address);
        return row;
    }

    public static ContactAddress Other(long contactId, PostalAddress address, DateOnly? validFrom, DateOnly? validTo)
    {
        var row = new ContactAddress { ContactId = contactId };
        row.Change(address);
        row.SetValidity(validFrom, validTo);
        return row;
    }

    public void Change(PostalAddress address)
    {
        Delivery = Clean(address.Delivery);
        Building = Clean(address.Building);
        Street = Clean(address.Street);
        Locality = Clean(address.Locality);
        PostalCode = Clean(address.PostalCode) ?? throw new DomainException("Le code postal est obligatoire.");
        City = Clean(address.City) ?? throw new DomainException("La ville est obligatoire.");
        Country = (Clean(address.Country) ?? France).ToUpperInvariant();
    }

    public void SetValidity(DateOnly? from, DateOnly? to)
    {
        if (from is { } f && to is { } t && t < f)
        {
            throw new DomainException("La fin de validité précède son début.");
        }

        ValidFrom = from;
        ValidTo = to;
    }

    public void MakeMain() => IsMain = true;

    public void MakeSecondary() => IsMain = false;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>The structured parts of a postal address.</summary>
public sealed record PostalAddress(
    string? Delivery, string? Building, string? Street, string? Locality, string PostalCode, string City, string Country = ContactAddress.France);
