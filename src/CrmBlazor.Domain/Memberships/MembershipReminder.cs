using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Memberships;

public enum ReminderChannel
{
    Email,
    Letter,
}

/// <summary>
/// One renewal request (before the end date, negative <see cref="OffsetDays"/>) or reminder (after it) sent to a member.
/// Unique per membership, end date and offset: a batch run twice sends nothing twice, and a renewed membership
/// (new end date) gets its own requests next time.
/// </summary>
public sealed class MembershipReminder : IContactOwned
{
    private MembershipReminder()
    {
    }

    public long Id { get; private set; }

    public long MembershipId { get; private set; }

    public long ContactId { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public int OffsetDays { get; private set; }

    public ReminderChannel Channel { get; private set; }

    public long CampaignId { get; private set; }

    public DateOnly SentOn { get; private set; }

    public string ContactPart => ContactParts.Memberships;

    public static MembershipReminder Record(Membership membership, int offsetDays, ReminderChannel channel, long campaignId, DateOnly sentOn) =>
        new()
        {
            MembershipId = membership.Id,
            ContactId = membership.ContactId,
            EndsOn = membership.EndsOn ?? throw new InvalidOperationException("A lifetime membership is never reminded."),
            OffsetDays = offsetDays,
            Channel = channel,
            CampaignId = campaignId,
            SentOn = sentOn,
        };
}
