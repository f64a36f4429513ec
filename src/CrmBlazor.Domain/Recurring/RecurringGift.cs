using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// A donor's promise to give a fixed amount at a fixed rhythm: by card (PayZen), PayPal, or SEPA direct debit
/// under a mandate. The scheduling run turns each due date into an instalment; its amount and method never
/// change — a change ends this gift and starts a new one.
/// </summary>
public sealed class RecurringGift : IContactOwned
{
    private RecurringGift()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public RecurringChannel Channel { get; private set; }

    public decimal Amount { get; private set; }

    public Periodicity Periodicity { get; private set; }

    public long CampaignId { get; private set; }

    /// <summary>The day of month every due date keeps (clamped to the month's end); for SEPA, the collection day.</summary>
    public int AnchorDay { get; private set; }

    /// <summary>The first due date.</summary>
    public DateOnly StartsOn { get; private set; }

    public DateOnly NextDueOn { get; private set; }

    /// <summary>The PayZen or PayPal subscription id; null for SEPA (the mandate's RUM identifies it).</summary>
    public string? ProviderReference { get; private set; }

    /// <summary>The last day the card can be charged (end of its expiry month); cards only.</summary>
    public DateOnly? CardExpiresOn { get; private set; }

    public long? MandateId { get; private set; }

    public RecurringGiftStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateOnly? StatusChangedOn { get; private set; }

    /// <summary>The gift this one replaced (amount or method changed).</summary>
    public long? ReplacesId { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => Channel == RecurringChannel.DirectDebit ? ContactParts.DirectDebits : ContactParts.RecurringGifts;

    public PaymentMethod Method => Channel.PaymentMethod();

    public static RecurringGift ByCard(
        long contactId, decimal amount, Periodicity periodicity, long campaignId, DateOnly startsOn, string? providerReference, DateOnly? cardExpiresOn) =>
        Create(contactId, RecurringChannel.Card, amount, periodicity, campaignId, startsOn, startsOn.Day, providerReference, cardExpiresOn, null);

    public static RecurringGift ByPayPal(
        long contactId, decimal amount, Periodicity periodicity, long campaignId, DateOnly startsOn, string? providerReference) =>
        Create(contactId, RecurringChannel.PayPal, amount, periodicity, campaignId, startsOn, startsOn.Day, providerReference, null, null);

    /// <summary>A direct debit collected on <paramref name="collectionDay"/> of the month, from the first such day on or after <paramref name="startsFrom"/>.</summary>
    public static RecurringGift ByDirectDebit(
        SepaMandate mandate, decimal amount, Periodicity periodicity, long campaignId, DateOnly startsFrom, int collectionDay)
    {
        if (collectionDay is < DueDates.MinAnchorDay or > DueDates.MaxAnchorDay)
        {
            throw new DomainException("Le jour de prélèvement est compris entre 1 et 31.");
        }

        if (mandate.Status != MandateStatus.Active || mandate.HasLapsedOn(startsFrom))
        {
            throw new DomainException("Ce mandat n'est plus actif : faites signer un nouveau mandat.");
        }

        var first = DueDates.InMonth(startsFrom.Year, startsFrom.Month, collectionDay);
        if (first < startsFrom)
        {
            first = DueDates.Next(first, Periodicity.Monthly, collectionDay);
        }

        return Create(mandate.ContactId, RecurringChannel.DirectDebit, amount, periodicity, campaignId, first, collectionDay, null, null, mandate.Id);
    }

    private static RecurringGift Create(
        long contactId, RecurringChannel channel, decimal amount, Periodicity periodicity, long campaignId, DateOnly startsOn, int anchorDay,
        string? providerReference, DateOnly? cardExpiresOn, long? mandateId)
    {
        if (!MoneyLimits.IsValidAmount(amount))
        {
            throw new DomainException("Le montant du don régulier doit être positif, en euros et centimes.");
        }

        var reference = string.IsNullOrWhiteSpace(providerReference) ? null : providerReference.Trim();
        if (reference is { Length: > RecurringLimits.ProviderReferenceMaxLength })
        {
            throw new DomainException($"La référence d'abonnement dépasse {RecurringLimits.ProviderReferenceMaxLength} caractères.");
        }

        return new RecurringGift
        {
            ContactId = contactId,
            Channel = channel,
            Amount = amount,
            Periodicity = periodicity,
            CampaignId = campaignId,
            AnchorDay = anchorDay,
            StartsOn = startsOn,
            NextDueOn = startsOn,
            ProviderReference = reference,
            CardExpiresOn = channel == RecurringChannel.Card ? cardExpiresOn : null,
            MandateId = mandateId,
            Status = RecurringGiftStatus.Active,
        };
    }

    /// <summary>The due date one period after <paramref name="after"/>, on the gift's day of month.</summary>
    public DateOnly NextDueDate(DateOnly after) => DueDates.Next(after, Periodicity, AnchorDay);

    /// <summary>The first instalment was collected when the gift was made (online): the schedule starts one period later.</summary>
    public void FirstInstalmentTaken()
    {
        if (NextDueOn == StartsOn)
        {
            NextDueOn = NextDueDate(StartsOn);
        }
    }

    public bool IsCardExpiredOn(DateOnly day) => CardExpiresOn is { } expiry && expiry < day;

    /// <summary>The run created the instalment due on <see cref="NextDueOn"/>.</summary>
    public void Advance() => NextDueOn = NextDueDate(NextDueOn);

    public void Suspend(string reason, DateOnly on)
    {
        if (Status != RecurringGiftStatus.Active)
        {
            throw new DomainException("Seul un don régulier actif peut être suspendu.");
        }

        ChangeStatus(RecurringGiftStatus.Suspended, reason, on);
    }

    /// <summary>
    /// The gift goes on from the first due date on or after <paramref name="today"/>: the months it was suspended
    /// are not collected afterwards.
    /// </summary>
    public void Resume(DateOnly today)
    {
        if (Status != RecurringGiftStatus.Suspended)
        {
            throw new DomainException("Seul un don régulier suspendu peut reprendre.");
        }

        if (IsCardExpiredOn(today))
        {
            throw new DomainException("La carte a expiré : enregistrez un nouveau don régulier avec la nouvelle carte.");
        }

        Status = RecurringGiftStatus.Active;
        StatusReason = null;
        StatusChangedOn = today;
        NextDueOn = DueDates.FirstOnOrAfter(NextDueOn, Periodicity, AnchorDay, today);
    }

    public void Cancel(string reason, DateOnly on)
    {
        if (Status is RecurringGiftStatus.Cancelled or RecurringGiftStatus.Ended)
        {
            throw new DomainException("Ce don régulier est déjà arrêté.");
        }

        ChangeStatus(RecurringGiftStatus.Cancelled, reason, on);
    }

    /// <summary>
    /// A new amount or method: this gift ends and a new one, due from the next due date, takes over.
    /// For a direct debit the new gift keeps the mandate unless another is given.
    /// </summary>
    public RecurringGift ReplaceWith(
        decimal amount, RecurringChannel channel, Periodicity periodicity, DateOnly today, string? providerReference = null,
        DateOnly? cardExpiresOn = null, SepaMandate? mandate = null, int? collectionDay = null)
    {
        if (Status is RecurringGiftStatus.Cancelled or RecurringGiftStatus.Ended)
        {
            throw new DomainException("Ce don régulier est déjà arrêté.");
        }

        var startsFrom = Status == RecurringGiftStatus.Active && NextDueOn >= today ? NextDueOn : today;
        var next = channel switch
        {
            RecurringChannel.DirectDebit => ByDirectDebit(
                mandate ?? throw new DomainException("Choisissez le mandat SEPA du prélèvement."),
                amount, periodicity, CampaignId, startsFrom, collectionDay ?? AnchorDay),
            RecurringChannel.Card => ByCard(ContactId, amount, periodicity, CampaignId, startsFrom, providerReference, cardExpiresOn),
            _ => ByPayPal(ContactId, amount, periodicity, CampaignId, startsFrom, providerReference),
        };
        next.ReplacesId = Id;
        ChangeStatus(RecurringGiftStatus.Ended, $"Remplacé : {DescribeChange(amount, channel, periodicity)}", today);
        return next;
    }

    private string DescribeChange(decimal amount, RecurringChannel channel, Periodicity periodicity)
    {
        var changes = new List<string>();
        if (amount != Amount)
        {
            changes.Add("nouveau montant");
        }

        if (channel != Channel)
        {
            changes.Add("nouveau moyen de paiement");
        }

        if (periodicity != Periodicity)
        {
            changes.Add("nouvelle périodicité");
        }

        return changes.Count == 0 ? "nouvelles coordonnées de paiement" : string.Join(", ", changes);
    }

    private void ChangeStatus(RecurringGiftStatus status, string reason, DateOnly on)
    {
        StatusReason = Reasons.Require(reason);
        Status = status;
        StatusChangedOn = on;
    }
}
