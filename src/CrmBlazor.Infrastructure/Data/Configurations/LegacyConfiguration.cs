using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Legacies;
using CrmBlazor.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class LegacyConfiguration : IEntityTypeConfiguration<Legacy>
{
    public void Configure(EntityTypeBuilder<Legacy> builder)
    {
        builder.ToTable("legacies", t =>
        {
            // The steps come in order: a confirmation needs its pledge, and no step predates the one before it.
            t.HasCheckConstraint("ck_legacies_confirmed_after_pledge", "confirmed_on IS NULL OR (pledged_on IS NOT NULL AND confirmed_on >= pledged_on)");
            t.HasCheckConstraint("ck_legacies_pledge_after_information", "pledged_on IS NULL OR information_sent_on IS NULL OR pledged_on >= information_sent_on");
            t.HasCheckConstraint("ck_legacies_document_with_information", "information_document_id IS NULL OR information_sent_on IS NOT NULL");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseHiLo("legacies_hilo");
        builder.Property(l => l.UndoReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(l => l.Version).IsRowVersion();
        builder.Ignore(l => l.ContactPart);
        builder.Ignore(l => l.CurrentStep);
        builder.Ignore(l => l.CurrentStepOn);
        builder.HasOne<Contact>().WithOne().HasForeignKey<Legacy>(l => l.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(l => l.InformationDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.ContactId).IsUnique();
        builder.HasIndex(l => l.InformationDocumentId).HasFilter("information_document_id IS NOT NULL");

        // The testators list filters by step and date: one index per step date, only over the rows that have it.
        builder.HasIndex(l => l.InformationSentOn).HasFilter("information_sent_on IS NOT NULL");
        builder.HasIndex(l => l.PledgedOn).HasFilter("pledged_on IS NOT NULL");
        builder.HasIndex(l => l.ConfirmedOn).HasFilter("confirmed_on IS NOT NULL");
    }
}
