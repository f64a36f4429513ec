using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Campaigns;

/// <summary>Contact X received campaign Y on day D. A gift without a code goes to the last one received.</summary>
public sealed class CampaignReception : IContactOwned
{
    private CampaignReception()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public long CampaignId { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string ContactPart => ContactParts.Campaigns;

    public static CampaignReception Record(long contactId, long campaignId, DateOnly receivedOn) =>
        new() { ContactId = contactId, CampaignId = campaignId, ReceivedOn = receivedOn };
}
