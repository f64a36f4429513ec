using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Memberships;

public enum MembershipCardStatus
{
    /// <summary>Queued in the outbox, attached to an email.</summary>
    Emailed,

    /// <summary>Waiting for the next print batch (no usable email).</summary>
    AwaitingPrint,

    Printed,

    /// <summary>Its fee was cancelled before it was printed.</summary>
    Withdrawn,
}

/// <summary>The card sent after a fee is paid (one per fee line): a PDF document of the contact, emailed or printed.</summary>
public sealed class MembershipCard : IContactOwned
{
    private MembershipCard()
    {
    }

    public long Id { get; private set; }

    public long MembershipId { get; private set; }

    public long FeeId { get; private set; }

    public long ContactId { get; private set; }

    public long DocumentId { get; private set; }

    public MembershipCardStatus Status { get; private set; }

    public long? OutboxMessageId { get; private set; }

    /// <summary>The print batch PDF (a document of the association) it went out in.</summary>
    public long? PrintBatchDocumentId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string ContactPart => ContactParts.Memberships;

    public static MembershipCard Emailed(MembershipFee fee, long documentId, long outboxMessageId, DateTimeOffset at) =>
        new()
        {
            MembershipId = fee.MembershipId, FeeId = fee.Id, ContactId = fee.ContactId, DocumentId = documentId,
            Status = MembershipCardStatus.Emailed, OutboxMessageId = outboxMessageId, CreatedAt = at,
        };

    public static MembershipCard ToPrint(MembershipFee fee, long documentId, DateTimeOffset at) =>
        new()
        {
            MembershipId = fee.MembershipId, FeeId = fee.Id, ContactId = fee.ContactId, DocumentId = documentId,
            Status = MembershipCardStatus.AwaitingPrint, CreatedAt = at,
        };

    public void Printed(long printBatchDocumentId)
    {
        if (Status != MembershipCardStatus.AwaitingPrint)
        {
            throw new Common.DomainException("Cette carte n'attend pas d'impression.");
        }

        Status = MembershipCardStatus.Printed;
        PrintBatchDocumentId = printBatchDocumentId;
    }

    public void Withdraw()
    {
        if (Status == MembershipCardStatus.AwaitingPrint)
        {
            Status = MembershipCardStatus.Withdrawn;
        }
    }
}
