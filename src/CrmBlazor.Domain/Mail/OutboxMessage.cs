namespace CrmBlazor.Domain.Mail;

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>An email waiting in (or gone from) the outbox; the sender job delivers it, retrying with back-off.</summary>
public sealed class OutboxMessage
{
    public const int AddressMaxLength = 254;
    public const int SubjectMaxLength = 200;
    public const int ErrorMaxLength = 1000;

    private OutboxMessage()
    {
    }

    public long Id { get; private set; }

    public long? ContactId { get; private set; }

    public string ToAddress { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string Body { get; private set; } = "";

    public long? AttachmentDocumentId { get; private set; }

    /// <summary>
    /// The attachment is a receipt's original (the annual run marks it delivered when it queues the email, so the
    /// sender must not draw it as a « duplicata »).
    /// </summary>
    public bool AttachmentIsOriginal { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    /// <summary>When the sender may try (again); a refused attempt pushes it back (<see cref="OutboxRetry"/>).</summary>
    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public bool IsDue(DateTimeOffset now) => Status == OutboxStatus.Queued && NextAttemptAt <= now;

    public static OutboxMessage Queue(
        long? contactId, string to, string subject, string body, long? attachmentDocumentId, DateTimeOffset at, bool attachmentIsOriginal = false) =>
        new()
        {
            ContactId = contactId,
            ToAddress = to,
            Subject = subject.Length <= SubjectMaxLength ? subject : subject[..SubjectMaxLength],
            Body = body,
            AttachmentDocumentId = attachmentDocumentId,
            AttachmentIsOriginal = attachmentIsOriginal,
            Status = OutboxStatus.Queued,
            QueuedAt = at,
            NextAttemptAt = at,
        };

    public void RecordSent(DateTimeOffset at)
    {
        EnsureQueued();
        Attempts++;
        Status = OutboxStatus.Sent;
        SentAt = at;
        LastError = null;
    }

    /// <summary>
    /// The server refused or could not be reached. A permanent refusal (5xx) or the last allowed attempt fails the
    /// message with the server's answer; otherwise it waits for the next attempt.
    /// </summary>
    public void RecordFailure(string error, bool permanent, DateTimeOffset at, OutboxRetry retry)
    {
        ArgumentNullException.ThrowIfNull(retry);
        EnsureQueued();
        Attempts++;
        LastError = string.IsNullOrWhiteSpace(error) ? "?" : error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
        if (permanent || Attempts >= retry.MaxAttempts)
        {
            Status = OutboxStatus.Failed;
        }
        else
        {
            NextAttemptAt = at + retry.DelayAfter(Attempts);
        }
    }

    /// <summary>A failed message tried again on request: a fresh round of attempts.</summary>
    public void Retry(DateTimeOffset at)
    {
        if (Status != OutboxStatus.Failed)
        {
            throw new Common.DomainException("Seul un courriel en échec peut être renvoyé.");
        }

        Status = OutboxStatus.Queued;
        Attempts = 0;
        NextAttemptAt = at;
    }

    private void EnsureQueued()
    {
        if (Status != OutboxStatus.Queued)
        {
            throw new Common.DomainException("Ce courriel n'est plus en attente d'envoi.");
        }
    }
}

/// <summary>Exponential back-off: base, 2×base, 4×base… capped, until <see cref="MaxAttempts"/> attempts.</summary>
public sealed record OutboxRetry(TimeSpan BaseDelay, int MaxAttempts, TimeSpan MaxDelay)
{
    public static OutboxRetry Default { get; } = new(TimeSpan.FromMinutes(2), 6, TimeSpan.FromHours(2));

    /// <param name="attempts">Attempts made so far (1 after the first refusal).</param>
    public TimeSpan DelayAfter(int attempts)
    {
        var factor = Math.Pow(2, Math.Clamp(attempts - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(BaseDelay.Ticks * factor, MaxDelay.Ticks));
        return delay;
    }
}
