using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Sponsorships;

/// <summary>What a sponsor supports.</summary>
public enum SponsoredKind
{
    Child,
    Project,
    Tree,
    Animal,
    Other,
}

public enum SponsorshipStatus
{
    Active,
    Suspended,
    Ended,
}

public static class SponsorshipLimits
{
    public const int LabelMaxLength = 120;
}

/// <summary>
/// A parrainage: a contact sponsors a child, a project… for a monthly amount from a start date. Suspending and
/// ending carry a reason; an ended sponsorship stays ended.
/// </summary>
public sealed class Sponsorship : IContactOwned
{
    private Sponsorship()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public SponsoredKind Kind { get; private set; }

    public string Label { get; private set; } = "";

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public decimal MonthlyAmount { get; private set; }

    public SponsorshipStatus Status { get; private set; }

    /// <summary>Why it is suspended or ended; none while active.</summary>
    public string? StatusReason { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Sponsorships;

    /// <summary>Active and within its dates on <paramref name="day"/>: what the Infos tab counts.</summary>
    public bool IsActiveOn(DateOnly day) => IsActiveOn(Status, StartsOn, EndsOn, day);

    public static bool IsActiveOn(SponsorshipStatus status, DateOnly startsOn, DateOnly? endsOn, DateOnly day) =>
        status == SponsorshipStatus.Active && startsOn <= day && (endsOn is null || day <= endsOn);

    public static Sponsorship Start(long contactId, SponsoredKind kind, string label, DateOnly startsOn, DateOnly? endsOn, decimal monthlyAmount)
    {
        var clean = label?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            throw new DomainException("Indiquez ce qui est parrainé.");
        }

        if (clean.Length > SponsorshipLimits.LabelMaxLength)
        {
            throw new DomainException($"Le libellé dépasse {SponsorshipLimits.LabelMaxLength} caractères.");
        }

        if (!MoneyLimits.IsValidAmount(monthlyAmount))
        {
            throw new DomainException("Le montant mensuel doit être positif (centimes au plus).");
        }

        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainException("La fin du parrainage précède son début.");
        }

        return new Sponsorship
        {
            ContactId = contactId,
            Kind = kind,
            Label = clean,
            StartsOn = startsOn,
            EndsOn = endsOn,
            MonthlyAmount = monthlyAmount,
            Status = SponsorshipStatus.Active,
        };
    }

    public void Suspend(string reason)
    {
        if (Status != SponsorshipStatus.Active)
        {
            throw new DomainException("Seul un parrainage actif peut être suspendu.");
        }

        StatusReason = Reasons.Require(reason);
        Status = SponsorshipStatus.Suspended;
    }

    public void Resume()
    {
        if (Status != SponsorshipStatus.Suspended)
        {
            throw new DomainException("Seul un parrainage suspendu peut reprendre.");
        }

        StatusReason = null;
        Status = SponsorshipStatus.Active;
    }

    /// <summary>Ends on <paramref name="on"/> (not before the start), from active or suspended.</summary>
    public void End(DateOnly on, string reason)
    {
        if (Status == SponsorshipStatus.Ended)
        {
            throw new DomainException("Ce parrainage est déjà terminé.");
        }

        if (on < StartsOn)
        {
            throw new DomainException("La fin du parrainage précède son début.");
        }

        StatusReason = Reasons.Require(reason);
        EndsOn = on;
        Status = SponsorshipStatus.Ended;
    }
}
