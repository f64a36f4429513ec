using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Campaigns;

public enum CampaignChannel
{
    Mail,
    Email,
    Phone,
    Web,
    Event,
}

/// <summary>
/// An appeal sent to contacts (courrier, email, téléphone, web, événement). Every gift is attributed
/// to one; the generic campaign takes what arrives without a code.
/// </summary>
public sealed class Campaign
{
    public const int CodeMaxLength = 20;
    public const int NameMaxLength = 150;

    private Campaign()
    {
    }

    public long Id { get; private set; }

    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";

    public CampaignChannel Channel { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly? EndsOn { get; private set; }

    public decimal? Cost { get; private set; }

    public int? RecipientCount { get; private set; }

    /// <summary>The campaign preselected when staff do not know where something came from.</summary>
    public bool IsGeneric { get; private set; }

    public DateOnly? ClosedOn { get; private set; }

    public uint Version { get; private set; }

    public bool IsClosed => ClosedOn is not null;

    public static Campaign Create(string code, string name, CampaignChannel channel, DateOnly startsOn, bool isGeneric = false)
    {
        var campaign = new Campaign { IsGeneric = isGeneric };
        campaign.Edit(code, name, channel, startsOn, null, null, null);
        return campaign;
    }

    public void Edit(string code, string name, CampaignChannel channel, DateOnly startsOn, DateOnly? endsOn, decimal? cost, int? recipientCount)
    {
        if (endsOn is { } end && end < startsOn)
        {
            throw new DomainException("La date de fin précède la date de début.");
        }

        if (cost < 0 || recipientCount < 0)
        {
            throw new DomainException("Le coût et le nombre de destinataires ne peuvent pas être négatifs.");
        }

        Code = code.Trim().ToUpperInvariant();
        Name = name.Trim();
        Channel = channel;
        StartsOn = startsOn;
        EndsOn = endsOn;
        Cost = cost;
        RecipientCount = recipientCount;
    }

    /// <summary>A closed campaign takes no new gifts or emails; it stays in every history.</summary>
    public void Close(DateOnly on)
    {
        if (IsGeneric)
        {
            throw new DomainException("La campagne générique ne peut pas être clôturée.");
        }

        ClosedOn ??= on;
    }

    public void Reopen() => ClosedOn = null;
}
