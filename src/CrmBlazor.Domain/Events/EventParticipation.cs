using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Events;

public enum ParticipationStatus
{
    /// <summary>Has a seat; the fee is still to be paid.</summary>
    Registered,

    /// <summary>The event was full when they registered.</summary>
    WaitingList,

    /// <summary>Has a seat and paid (or the event is free).</summary>
    Confirmed,

    Attended,
    Cancelled,
}

/// <summary>A contact's registration to an event. Registered, confirmed and attended participations hold a seat.</summary>
public sealed class EventParticipation : IContactOwned
{
    private EventParticipation()
    {
    }

    public long Id { get; private set; }

    public long EventId { get; private set; }

    public long ContactId { get; private set; }

    public ParticipationStatus Status { get; private set; }

    public DateTimeOffset RegisteredAt { get; private set; }

    public string? CancelReason { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Events;

    public static IReadOnlyList<ParticipationStatus> HoldingASeat { get; } =
        [ParticipationStatus.Registered, ParticipationStatus.Confirmed, ParticipationStatus.Attended];

    public bool HoldsASeat => HoldingASeat.Contains(Status);

    /// <param name="seatsTaken">Seats held by the other participations, read under the event's row lock.</param>
    public static EventParticipation Register(Event e, long contactId, int seatsTaken, DateTimeOffset at) =>
        new()
        {
            EventId = e.Id,
            ContactId = contactId,
            RegisteredAt = at,
            Status = e.Capacity is { } capacity && seatsTaken >= capacity
                ? ParticipationStatus.WaitingList
                : e.IsFree ? ParticipationStatus.Confirmed : ParticipationStatus.Registered,
        };

    /// <summary>A cancelled registration taken up again: a seat if there is one, as a new registration would.</summary>
    public void Reopen(Event e, int seatsTaken, DateTimeOffset at)
    {
        if (Status != ParticipationStatus.Cancelled)
        {
            throw new DomainException("Cette personne est déjà inscrite.");
        }

        var fresh = Register(e, ContactId, seatsTaken, at);
        Status = fresh.Status;
        RegisteredAt = at;
        CancelReason = null;
    }

    /// <summary>The fee paid by a line of <paramref name="payment"/>; the participation is confirmed.</summary>
    public EventFee Pay(Event e, Payment payment, decimal amount)
    {
        if (Status is not (ParticipationStatus.Registered or ParticipationStatus.WaitingList))
        {
            throw new DomainException("Seule une inscription en attente de paiement se paie.");
        }

        if (Status == ParticipationStatus.WaitingList)
        {
            throw new DomainException("Cette personne est sur liste d'attente : elle paiera quand une place se libère.");
        }

        if (payment.ContactId != ContactId)
        {
            throw new DomainException("Une inscription se paie par un encaissement du participant.");
        }

        if (!MoneyLimits.IsValidAmount(amount))
        {
            throw new DomainException("Le montant de la participation doit être positif.");
        }

        Status = ParticipationStatus.Confirmed;
        return EventFee.For(this, payment, amount);
    }

    /// <summary>Its fee was cancelled: the seat is kept, the fee is due again.</summary>
    public void Unpay()
    {
        if (Status == ParticipationStatus.Confirmed)
        {
            Status = ParticipationStatus.Registered;
        }
    }

    /// <summary>A seat freed up: the first of the waiting list gets it.</summary>
    public void Promote(Event e)
    {
        if (Status == ParticipationStatus.WaitingList)
        {
            Status = e.IsFree ? ParticipationStatus.Confirmed : ParticipationStatus.Registered;
        }
    }

    public void MarkAttended()
    {
        if (Status is not (ParticipationStatus.Registered or ParticipationStatus.Confirmed))
        {
            throw new DomainException("Seul un inscrit ayant une place peut être noté présent.");
        }

        Status = ParticipationStatus.Attended;
    }

    public void Cancel(string reason)
    {
        if (Status == ParticipationStatus.Cancelled)
        {
            throw new DomainException("Cette inscription est déjà annulée.");
        }

        CancelReason = Reasons.Require(reason);
        Status = ParticipationStatus.Cancelled;
    }
}

/// <summary>A payment line paying an event participation.</summary>
public sealed class EventFee : IContactOwned
{
    private EventFee()
    {
    }

    public long Id { get; private set; }

    public long ParticipationId { get; private set; }

    public long ContactId { get; private set; }

    public long PaymentId { get; private set; }

    public decimal Amount { get; private set; }

    public bool IsCancelled { get; private set; }

    public string? CancelReason { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Events;

    internal static EventFee For(EventParticipation participation, Payment payment, decimal amount) =>
        new() { ParticipationId = participation.Id, ContactId = participation.ContactId, PaymentId = payment.Id, Amount = amount };

    public void Cancel(string reason)
    {
        CancelReason = Reasons.Require(reason);
        IsCancelled = true;
    }
}
