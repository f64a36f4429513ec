using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Events;

/// <summary>An event of the association (assemblée générale, gala, sortie…) contacts register for.</summary>
public sealed class Event
{
    private Event()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public string? Place { get; private set; }

    /// <summary>Seats; null when unlimited. Beyond it, registrations go to the waiting list.</summary>
    public int? Capacity { get; private set; }

    /// <summary>The participation fee; 0 for a free event (registration is then confirmed at once).</summary>
    public decimal Fee { get; private set; }

    public uint Version { get; private set; }

    public bool IsFree => Fee == 0;

    public static Event Create(string name, DateOnly startsOn, DateOnly endsOn, string? place, int? capacity, decimal fee)
    {
        var e = new Event();
        e.Edit(name, startsOn, endsOn, place, capacity, fee);
        return e;
    }

    public void Edit(string name, DateOnly startsOn, DateOnly endsOn, string? place, int? capacity, decimal fee)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > EventLimits.NameMaxLength)
        {
            throw new DomainException($"Le nom de l'événement est obligatoire ({EventLimits.NameMaxLength} caractères au plus).");
        }

        if (endsOn < startsOn)
        {
            throw new DomainException("La fin de l'événement précède son début.");
        }

        if (place?.Trim().Length > EventLimits.PlaceMaxLength)
        {
            throw new DomainException($"Le lieu dépasse {EventLimits.PlaceMaxLength} caractères.");
        }

        if (capacity is <= 0 or > EventLimits.MaxCapacity)
        {
            throw new DomainException($"La capacité est de 1 à {EventLimits.MaxCapacity} places (vide : illimitée).");
        }

        if (fee != 0 && !MoneyLimits.IsValidAmount(fee))
        {
            throw new DomainException("Le tarif est un montant en euros et centimes (0 pour un événement gratuit).");
        }

        Name = name.Trim();
        StartsOn = startsOn;
        EndsOn = endsOn;
        Place = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        Capacity = capacity;
        Fee = fee;
    }
}
