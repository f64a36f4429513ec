using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Organising;

/// <summary>A list of contacts kept by hand (« conseil d'administration », « bénévoles Lyon »), with its own custom fields.</summary>
public sealed class ContactGroup
{
    private ContactGroup()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public string? Description { get; private set; }

    public uint Version { get; private set; }

    public static ContactGroup Create(string name, string? description)
    {
        var group = new ContactGroup();
        group.Rename(name, description);
        return group;
    }

    public void Rename(string name, string? description)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new DomainException("Le nom du groupe est obligatoire.") : name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
    }
}

/// <summary>A contact belongs to a group since a date; only staff add or remove members.</summary>
public sealed class GroupMember : IContactOwned
{
    private GroupMember()
    {
    }

    public long GroupId { get; private set; }

    public long ContactId { get; private set; }

    public DateOnly Since { get; private set; }

    public string ContactPart => ContactParts.Groups;

    public static GroupMember Add(long groupId, long contactId, DateOnly since) => new() { GroupId = groupId, ContactId = contactId, Since = since };
}
