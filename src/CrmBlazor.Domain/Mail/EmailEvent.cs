using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Mail;

public enum EmailEventKind
{
    Sent,
    Open,
    Click,
    Unsubscribe,
    Bounce,
}

public enum BounceKind
{
    /// <summary>5.x.x: the mailbox does not exist or refuses for good.</summary>
    Permanent,

    /// <summary>4.x.x: full mailbox, server unavailable… may succeed later.</summary>
    Temporary,
}

public static class EmailEventLimits
{
    public const int AddressMaxLength = 254;
    public const int DetailMaxLength = 500;
    public const int SourceMaxLength = 40;
}

/// <summary>
/// What happened to an email of a contact (comportement sur email): sent, opened, clicked, unsubscribed,
/// bounced, per campaign when the platform says which. One row per event; a re-imported file adds nothing.
/// </summary>
public sealed class EmailEvent : IContactOwned
{
    private EmailEvent()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public string Address { get; private set; } = "";

    public long? CampaignId { get; private set; }

    public EmailEventKind Kind { get; private set; }

    public BounceKind? Bounce { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    /// <summary>The link clicked, or the bounce's status and diagnostic.</summary>
    public string? Detail { get; private set; }

    /// <summary>Where it came from: the platform's export, a DSN in the bounce mailbox…</summary>
    public string Source { get; private set; } = "";

    public string ContactPart => ContactParts.EmailEngagement;
}

/// <summary>The enhanced status code of a bounce (RFC 3463: class.subject.detail) and what it means for the address.</summary>
public static class BounceStatus
{
    /// <summary>5.x.x is permanent, 4.x.x temporary; anything else (2.x.x delivered, garbage) is no bounce.</summary>
    public static BounceKind? Classify(string? status)
    {
        var code = status?.Trim();
        if (string.IsNullOrEmpty(code) || code.Length < 5 || code[1] != '.')
        {
            return null;
        }

        var parts = code.Split('.');
        if (parts.Length != 3 || !parts.All(p => p.Length is > 0 and <= 3 && p.All(char.IsAsciiDigit)))
        {
            return null;
        }

        return parts[0] switch
        {
            "5" => BounceKind.Permanent,
            "4" => BounceKind.Temporary,
            _ => null,
        };
    }
}
