using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> builder)
    {
        builder.ToTable("documents", t => t.HasCheckConstraint("ck_documents_content",
            "(storage_key IS NOT NULL) <> (tax_receipt_id IS NOT NULL)"));
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseHiLo("documents_hilo");
        builder.Property(d => d.Title).HasMaxLength(Document.TitleMaxLength).IsRequired();
        builder.Property(d => d.FileName).HasMaxLength(Document.FileNameMaxLength).IsRequired();
        builder.Property(d => d.ContentType).HasMaxLength(Document.ContentTypeMaxLength).IsRequired();
        builder.Property(d => d.StorageKey).HasMaxLength(Document.StorageKeyMaxLength);
        builder.Property(d => d.CreatedBy).HasMaxLength(Domain.Journal.Actor.NameMaxLength).IsRequired();
        builder.HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaxReceipt>().WithMany().HasForeignKey(d => d.TaxReceiptId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ContactId, d.CreatedAt }).IsDescending(false, true);
        builder.HasIndex(d => d.TaxReceiptId).IsUnique();
    }
}

public sealed class DocumentDeliveryConfiguration : IEntityTypeConfiguration<DocumentDelivery>
{
    public void Configure(EntityTypeBuilder<DocumentDelivery> builder)
    {
        builder.ToTable("document_deliveries");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseHiLo("document_deliveries_hilo");
        builder.Property(d => d.Recipient).HasMaxLength(DocumentDelivery.RecipientMaxLength);
        builder.Property(d => d.By).HasMaxLength(Domain.Journal.Actor.NameMaxLength).IsRequired();
        builder.Ignore(d => d.ContactPart);
        builder.HasOne<Document>().WithMany().HasForeignKey(d => d.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.DocumentId, d.At });
        builder.HasIndex(d => d.ContactId);
    }
}

public sealed class StoredContentConfiguration : IEntityTypeConfiguration<StoredContent>
{
    public void Configure(EntityTypeBuilder<StoredContent> builder)
    {
        builder.ToTable("document_contents");
        builder.HasKey(c => c.Key);
        builder.Property(c => c.Key).HasMaxLength(Document.StorageKeyMaxLength);
        // lz4 compresses a month's 20 MB of SEPA XML in a tenth of the time pglz takes, inside the run's transaction.
        builder.Property(c => c.Bytes).UseCompressionMethod("lz4");
    }
}

public sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages", t =>
        {
            t.HasCheckConstraint("ck_outbox_messages_attempts", "attempts >= 0");
            t.HasCheckConstraint("ck_outbox_messages_sent_dated", "(status = 'Sent') = (sent_at IS NOT NULL)");
            t.HasCheckConstraint("ck_outbox_messages_failed_explained", "status <> 'Failed' OR last_error IS NOT NULL");
        });
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseHiLo("outbox_messages_hilo");
        builder.Property(m => m.ToAddress).HasMaxLength(OutboxMessage.AddressMaxLength).IsRequired();
        builder.Property(m => m.Subject).HasMaxLength(OutboxMessage.SubjectMaxLength).IsRequired();
        builder.Property(m => m.LastError).HasMaxLength(OutboxMessage.ErrorMaxLength);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(m => m.AttachmentDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.Status, m.QueuedAt });
        // The sender's claim: the due queued messages, oldest first.
        builder.HasIndex(m => m.NextAttemptAt).HasDatabaseName("ix_outbox_messages_due").HasFilter("status = 'Queued'");
        builder.HasIndex(m => m.ContactId);
    }
}
