using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class ContactEmailConfiguration : IEntityTypeConfiguration<ContactEmail>
{
    public void Configure(EntityTypeBuilder<ContactEmail> builder)
    {
        builder.ToTable("contact_emails", t =>
        {
            t.HasCheckConstraint("ck_contact_emails_lower_case", "address = lower(btrim(address)) AND address LIKE '_%@_%'");
            t.HasCheckConstraint("ck_contact_emails_unusable_explained",
                "(status = 'Unusable') = (unusable_reason IS NOT NULL AND unusable_since IS NOT NULL)");
            t.HasCheckConstraint("ck_contact_emails_temporary_bounces", "temporary_bounces >= 0");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseHiLo("contact_emails_hilo");
        builder.Property(e => e.Address).HasMaxLength(ContactLimits.EmailMaxLength).IsRequired();
        builder.Property(e => e.UnusableReason).HasMaxLength(ContactLimits.ReasonMaxLength);
        builder.Property(e => e.Version).IsRowVersion();
        builder.Ignore(e => e.ContactPart);
        builder.Ignore(e => e.IsUsable);

        builder.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.OriginCampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ContactId, e.Address }).IsUnique();
        builder.HasIndex(e => e.Address).HasOperators("text_pattern_ops");
        builder.HasIndex(e => e.OriginCampaignId);
    }
}
