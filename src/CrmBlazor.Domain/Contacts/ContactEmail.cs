using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Contacts;

/// <summary>
/// One of a contact's emails, with the day it entered the base and the campaign it came from.
/// A bounced address is marked unusable with its reason, never deleted by a job.
/// </summary>
public sealed class ContactEmail : IContactOwned
{
    private ContactEmail()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    /// <summary>Lower-case, trimmed: two spellings of one mailbox are one address.</summary>
    public string Address { get; private set; } = "";

    public DateOnly EnteredOn { get; private set; }

    public long OriginCampaignId { get; private set; }

    public EmailStatus Status { get; private set; }

    public string? UnusableReason { get; private set; }

    public DateOnly? UnusableSince { get; private set; }

    /// <summary>Temporary bounces (4.x.x) since the address was last usable; enough of them make it unusable.</summary>
    public int TemporaryBounces { get; private set; }

    public uint Version { get; private set; }

    public string ContactPart => ContactParts.Emails;

    public bool IsUsable => Status == EmailStatus.Valid;

    public static ContactEmail Enter(long contactId, string address, DateOnly enteredOn, long originCampaignId) =>
        new()
        {
            ContactId = contactId,
            Address = Normalize(address),
            EnteredOn = enteredOn,
            OriginCampaignId = originCampaignId,
            Status = EmailStatus.Valid,
        };

    public static string Normalize(string address) => address.Trim().ToLowerInvariant();

    /// <summary>A corrected spelling is a new chance: the address becomes usable again.</summary>
    public void Correct(string address, long originCampaignId)
    {
        var normalized = Normalize(address);
        if (normalized != Address)
        {
            Address = normalized;
            MarkUsable();
        }

        OriginCampaignId = originCampaignId;
    }

    public void MarkUnusable(string reason, DateOnly since)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainException("Indiquez pourquoi l'adresse est inutilisable.");
        }

        Status = EmailStatus.Unusable;
        UnusableReason = reason.Trim() is { Length: > ContactLimits.ReasonMaxLength } longer ? longer[..ContactLimits.ReasonMaxLength] : reason.Trim();
        UnusableSince = since;
    }

    /// <summary>
    /// A bounce report for this address: a permanent one (5.x.x) makes it unusable at once; temporary ones (4.x.x)
    /// are counted and the <paramref name="temporaryLimit"/>-th makes it unusable. The address is never deleted.
    /// </summary>
    /// <returns>Whether the address became unusable.</returns>
    public bool RecordBounce(Mail.BounceKind kind, string reason, DateOnly on, int temporaryLimit)
    {
        if (!IsUsable)
        {
            return false;
        }

        if (kind == Mail.BounceKind.Permanent)
        {
            MarkUnusable($"Rejet définitif : {reason}", on);
            return true;
        }

        TemporaryBounces++;
        if (TemporaryBounces < Math.Max(1, temporaryLimit))
        {
            return false;
        }

        MarkUnusable($"{TemporaryBounces} rejets temporaires, dernier : {reason}", on);
        return true;
    }

    public void MarkUsable()
    {
        TemporaryBounces = 0;
        Status = EmailStatus.Valid;
        UnusableReason = null;
        UnusableSince = null;
    }
}
