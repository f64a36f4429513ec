namespace CrmBlazor.Domain.Mail;

public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}

/// <summary>An email waiting in (or gone from) the outbox; the sender job delivers it.</summary>
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

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    public DateTimeOffset QueuedAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public static OutboxMessage Queue(long? contactId, string to, string subject, string body, long? attachmentDocumentId, DateTimeOffset at) =>
        new()
        {
            ContactId = contactId,
            ToAddress = to,
            Subject = subject,
            Body = body,
            AttachmentDocumentId = attachmentDocumentId,
            Status = OutboxStatus.Queued,
            QueuedAt = at,
        };
}
