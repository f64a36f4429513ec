using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Organising;

/// <summary>A contact carries a tag since a date.</summary>
public sealed class ContactTag : IContactOwned
{
    private ContactTag()
    {
    }

    public long ContactId { get; private set; }

    public long TagId { get; private set; }

    public DateOnly Since { get; private set; }

    public string ContactPart => ContactParts.Tags;

    public static ContactTag Put(long contactId, long tagId, DateOnly since) => new() { ContactId = contactId, TagId = tagId, Since = since };
}
