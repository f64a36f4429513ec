namespace CrmBlazor.Domain.Contacts;

/// <summary>A phone number kept in E.164 (« +33612345678 ») and shown in the national format.</summary>
public sealed class ContactPhone : IContactOwned
{
    private ContactPhone()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public PhoneType Type { get; private set; }

    public string E164 { get; private set; } = "";

    /// <summary>The number as staff read it, « 06 12 34 56 78 » or « +44 20 7946 0958 ».</summary>
    public string Display { get; private set; } = "";

    /// <summary>The national significant digits (« 612345678 »), what quick search matches.</summary>
    public string SearchDigits { get; private set; } = "";

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Phones;

    public static ContactPhone Add(long contactId, PhoneType type, ValidPhoneNumber number)
    {
        var phone = new ContactPhone { ContactId = contactId };
        phone.Change(type, number);
        return phone;
    }

    public void Change(PhoneType type, ValidPhoneNumber number)
    {
        Type = type;
        E164 = number.E164;
        Display = number.Display;
        SearchDigits = number.NationalDigits;
    }
}
