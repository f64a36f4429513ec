using CrmBlazor.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class ContactPhoneConfiguration : IEntityTypeConfiguration<ContactPhone>
{
    public void Configure(EntityTypeBuilder<ContactPhone> builder)
    {
        builder.ToTable("contact_phones", t =>
        {
            t.HasCheckConstraint("ck_contact_phones_e164", "e164 ~ '^\\+[1-9][0-9]{5,14}$'");
            t.HasCheckConstraint("ck_contact_phones_digits", "search_digits ~ '^[0-9]+$'");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseHiLo("contact_phones_hilo");
        builder.Property(p => p.E164).HasMaxLength(ContactLimits.PhoneMaxLength).IsRequired();
        builder.Property(p => p.Display).HasMaxLength(ContactLimits.PhoneMaxLength + 10).IsRequired();
        builder.Property(p => p.SearchDigits).HasMaxLength(ContactLimits.PhoneMaxLength).IsRequired();
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.ContactPart);

        builder.HasOne<Contact>().WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.ContactId, p.E164 }).IsUnique();
        builder.HasIndex(p => p.SearchDigits).HasOperators("text_pattern_ops");
    }
}
