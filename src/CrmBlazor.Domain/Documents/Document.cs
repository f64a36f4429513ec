using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Domain.Documents;

public enum DocumentKind
{
    TaxReceipt,
    ReceiptPrintBatch,
    DepositSlip,
    Letter,
    Upload,

    /// <summary>A pain.008 file of SEPA direct debits for the bank.</summary>
    SepaDebitFile,

    /// <summary>A member's card (PDF) after a paid fee.</summary>
    MembershipCard,

    /// <summary>The PDF of a print batch of membership cards (a document of the association).</summary>
    MembershipCardPrintBatch,

    /// <summary>The PDF of a batch of membership renewal letters (a document of the association).</summary>
    MembershipLetterBatch,
}

public enum DeliveryChannel
{
    Email,
    Post,
    Download,
    Upload,
}

/// <summary>
/// A document of the GED: generated (receipt, deposit slip, letter) or uploaded (a scanned letter, a will).
/// Its bytes live in the document store; a tax receipt's PDF is drawn again from the receipt's snapshot.
/// </summary>
public sealed class Document
{
    public const int TitleMaxLength = 200;
    public const int FileNameMaxLength = 200;
    public const int ContentTypeMaxLength = 100;
    public const int StorageKeyMaxLength = 200;
    public const long MaxUploadBytes = 20 * 1024 * 1024;

    private Document()
    {
    }

    public long Id { get; private set; }

    public long? ContactId { get; private set; }

    public DocumentKind Kind { get; private set; }

    public string Title { get; private set; } = "";

    public string FileName { get; private set; } = "";

    public string ContentType { get; private set; } = "";

    public long? SizeBytes { get; private set; }

    /// <summary>Where the bytes are in the document store; null when the PDF is drawn from <see cref="TaxReceiptId"/>.</summary>
    public string? StorageKey { get; private set; }

    public long? TaxReceiptId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public static Document Stored(
        long? contactId, DocumentKind kind, string title, string fileName, string contentType, long size, string storageKey,
        DateTimeOffset at, string by) =>
        new()
        {
            ContactId = contactId,
            Kind = kind,
            Title = Clip(title, TitleMaxLength),
            FileName = Clip(fileName, FileNameMaxLength),
            ContentType = contentType,
            SizeBytes = size,
            StorageKey = storageKey,
            CreatedAt = at,
            CreatedBy = by,
        };

    public static Document ForReceipt(long contactId, long receiptId, string number, DateTimeOffset at, string by) =>
        new()
        {
            ContactId = contactId,
            Kind = DocumentKind.TaxReceipt,
            Title = $"Reçu fiscal {number}",
            FileName = $"recu-fiscal-{number}.pdf",
            ContentType = "application/pdf",
            TaxReceiptId = receiptId,
            CreatedAt = at,
            CreatedBy = by,
        };

    private static string Clip(string text, int max) => text.Length <= max ? text : text[..max];
}

/// <summary>How and when a document went out or came in (email, post, download, upload), by whom.</summary>
public sealed class DocumentDelivery : IContactOwned
{
    public const int RecipientMaxLength = 254;

    private DocumentDelivery()
    {
    }

    public long Id { get; private set; }

    public long DocumentId { get; private set; }

    public long ContactId { get; private set; }

    public DeliveryChannel Channel { get; private set; }

    public string? Recipient { get; private set; }

    public DateTimeOffset At { get; private set; }

    public string By { get; private set; } = "";

    public string ContactPart => ContactParts.Documents;

    public static DocumentDelivery Record(long documentId, long contactId, DeliveryChannel channel, string? recipient, DateTimeOffset at, string by) =>
        new() { DocumentId = documentId, ContactId = contactId, Channel = channel, Recipient = recipient, At = at, By = by };
}
