using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Relations;

/// <summary>
/// One typed link between two contacts, stored once (A → B) and read from both ends: the Relations tab of A shows
/// « salarié de B », that of B shows « employeur de A ». Ending it keeps the history.
/// </summary>
public sealed class Relationship : IContactPair
{
    private Relationship()
    {
    }

    public long Id { get; private set; }

    public long TypeId { get; private set; }

    public long ContactAId { get; private set; }

    public long ContactBId { get; private set; }

    public DateOnly? StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public string? Note { get; private set; }

    public uint Version { get; private set; }

    public long ContactId => ContactAId;

    public long OtherContactId => ContactBId;

    public string ContactPart => ContactParts.Relations;

    public bool IsCurrentOn(DateOnly day) => (StartsOn is null || StartsOn <= day) && (EndsOn is null || day <= EndsOn);

    public static Relationship Between(long typeId, long contactAId, long contactBId, DateOnly? startsOn, string? note)
    {
        if (contactAId == contactBId)
        {
            throw new DomainException("Une fiche ne peut pas être en relation avec elle-même.");
        }

        return new Relationship
        {
            TypeId = typeId,
            ContactAId = contactAId,
            ContactBId = contactBId,
            StartsOn = startsOn,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }

    public void End(DateOnly on)
    {
        if (EndsOn is not null)
        {
            throw new DomainException("Cette relation est déjà terminée.");
        }

        if (StartsOn is { } start && on < start)
        {
            throw new DomainException("La fin de la relation précède son début.");
        }

        EndsOn = on;
    }
}
