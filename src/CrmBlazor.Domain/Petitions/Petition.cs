using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Petitions;

public static class PetitionLimits
{
    public const int NameMaxLength = 150;
}

/// <summary>Where a signature came from.</summary>
public enum SignatureSource
{
    Web,
    Paper,
    Event,
    Phone,
    Import,
}

/// <summary>A petition (mobilisation) contacts sign, optionally tied to the campaign that carried it.</summary>
public sealed class Petition
{
    private Petition()
    {
    }

    public long Id { get; private set; }

    public string Name { get; private set; } = "";

    public long? CampaignId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public uint Version { get; private set; }

    public static Petition Create(string name, long? campaignId, DateOnly startsOn, DateOnly? endsOn)
    {
        var clean = name?.Trim();
        if (string.IsNullOrEmpty(clean))
        {
            throw new DomainException("Le nom de la mobilisation est obligatoire.");
        }

        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainException("La fin de la mobilisation précède son début.");
        }

        return new Petition { Name = clean, CampaignId = campaignId, StartsOn = startsOn, EndsOn = endsOn };
    }
}

/// <summary>A contact's signature of a petition: once per petition and contact (the database says so too).</summary>
public sealed class PetitionSignature : IContactOwned
{
    private PetitionSignature()
    {
    }

    public long Id { get; private set; }

    public long PetitionId { get; private set; }

    public long ContactId { get; private set; }

    public DateOnly SignedOn { get; private set; }

    public long? CampaignId { get; private set; }

    public SignatureSource Source { get; private set; }

    public string ContactPart => ContactParts.Petitions;

    public static PetitionSignature Sign(long petitionId, long contactId, DateOnly signedOn, long? campaignId, SignatureSource source) =>
        new() { PetitionId = petitionId, ContactId = contactId, SignedOn = signedOn, CampaignId = campaignId, Source = source };
}
