using CrmBlazor.Domain.Mail;

namespace CrmBlazor.Application.Mail;

/// <summary>Settings of the email channel (section <c>Mail</c>); the SMTP server itself is set on the Administration page.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>Messages claimed (and locked) per batch by the sender.</summary>
    public int BatchSize { get; set; } = 20;

    public int MaxAttempts { get; set; } = OutboxRetry.Default.MaxAttempts;

    public TimeSpan RetryBaseDelay { get; set; } = OutboxRetry.Default.BaseDelay;

    public TimeSpan RetryMaxDelay { get; set; } = OutboxRetry.Default.MaxDelay;

    /// <summary>Seconds the sender waits for the SMTP server before giving up an attempt.</summary>
    public int SmtpTimeoutSeconds { get; set; } = 30;

    /// <summary>
    /// The Maildir the bounce mailbox is delivered to (its <c>new/</c> is read, each report moved to <c>cur/</c>
    /// once applied). Empty: no mailbox is read.
    /// </summary>
    public string? BounceMaildir { get; set; }

    /// <summary>Folder where the email platform's bounce exports (CSV) are dropped; applied files move to <c>done/</c>.</summary>
    public string? BounceExportInbox { get; set; }

    /// <summary>Temporary bounces (4.x.x) after which an address is marked unusable.</summary>
    public int TemporaryBounceLimit { get; set; } = 3;

    /// <summary>Public address of the app, for links in emails (the unsubscribe link).</summary>
    public string? PublicBaseUrl { get; set; }

    public OutboxRetry Retry => new(RetryBaseDelay, Math.Max(1, MaxAttempts), RetryMaxDelay);
}
