using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// A SEPA direct-debit mandate signed by a donor: the RUM (unique mandate reference), the signature date and the
/// account debited. The first collection presented under it is FRST, the following ones RCUR.
/// </summary>
public sealed class SepaMandate : IContactOwned
{
    private SepaMandate()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    /// <summary>Référence unique de mandat, ≤ 35 characters.</summary>
    public string Rum { get; private set; } = "";

    public DateOnly SignedOn { get; private set; }

    /// <summary>Compact and upper case.</summary>
    public string Iban { get; private set; } = "";

    public string? Bic { get; private set; }

    public string DebtorName { get; private set; } = "";

    public MandateStatus Status { get; private set; }

    public string? StatusReason { get; private set; }

    public DateOnly? StatusChangedOn { get; private set; }

    /// <summary>The due date of the last collection presented, refused or not: the 36-month lapse counts from it.</summary>
    public DateOnly? LastCollectionOn { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.DirectDebits;

    public SepaSequence NextSequence => LastCollectionOn is null ? SepaSequence.First : SepaSequence.Recurring;

    public static SepaMandate Sign(long contactId, string rum, DateOnly signedOn, string iban, string? bic, string debtorName)
    {
        var reference = rum.Trim();
        if (reference.Length is 0 or > RecurringLimits.Max35 || !SepaText.IsAllowed(reference))
        {
            throw new DomainException("La RUM fait de 1 à 35 caractères (lettres, chiffres, espaces et / - ? : ( ) . , ' +).");
        }

        if (!Payments.Iban.IsValid(iban))
        {
            throw new DomainException(Payments.Iban.Explain(iban));
        }

        var normalizedBic = string.IsNullOrWhiteSpace(bic) ? null : bic.Trim().ToUpperInvariant();
        if (normalizedBic is not null && !Payments.Bic.IsValid(normalizedBic))
        {
            throw new DomainException("Le BIC fait 8 ou 11 caractères (ex. BNPAFRPPXXX).");
        }

        var name = debtorName.Trim();
        if (name.Length is 0 or > RecurringLimits.DebtorNameMaxLength)
        {
            throw new DomainException($"Le nom du titulaire du compte fait de 1 à {RecurringLimits.DebtorNameMaxLength} caractères.");
        }

        return new SepaMandate
        {
            ContactId = contactId,
            Rum = reference,
            SignedOn = signedOn,
            Iban = Payments.Iban.Normalize(iban)!,
            Bic = normalizedBic,
            DebtorName = name,
            Status = MandateStatus.Active,
        };
    }

    /// <summary>The day after which the mandate may no longer be used: 36 months after its last collection (or its signature, if never used).</summary>
    public DateOnly LapsesAfter => LapseDate(SignedOn, LastCollectionOn);

    public static DateOnly LapseDate(DateOnly signedOn, DateOnly? lastCollectionOn) =>
        (lastCollectionOn ?? signedOn).AddMonths(RecurringLimits.MandateLapseMonths);

    public bool HasLapsedOn(DateOnly day) => Status == MandateStatus.Lapsed || (Status == MandateStatus.Active && day > LapsesAfter);

    public void RecordCollection(DateOnly dueOn)
    {
        if (Status != MandateStatus.Active)
        {
            throw new DomainException("Ce mandat n'est plus actif : aucun prélèvement ne peut être présenté.");
        }

        if (LastCollectionOn is null || dueOn > LastCollectionOn)
        {
            LastCollectionOn = dueOn;
        }
    }

    public void Lapse(DateOnly on)
    {
        if (Status != MandateStatus.Active)
        {
            return;
        }

        Status = MandateStatus.Lapsed;
        StatusReason = "Mandat caduc : aucun prélèvement présenté depuis 36 mois.";
        StatusChangedOn = on;
    }

    public void Revoke(string reason, DateOnly on)
    {
        if (Status != MandateStatus.Active)
        {
            throw new DomainException("Ce mandat n'est plus actif.");
        }

        StatusReason = Reasons.Require(reason);
        Status = MandateStatus.Revoked;
        StatusChangedOn = on;
    }
}
