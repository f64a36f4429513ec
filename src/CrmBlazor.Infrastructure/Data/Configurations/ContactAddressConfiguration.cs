using CrmBlazor.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class ContactAddressConfiguration : IEntityTypeConfiguration<ContactAddress>
{
    public void Configure(EntityTypeBuilder<ContactAddress> builder)
    {
        builder.ToTable("contact_addresses", t =>
        {
            t.HasCheckConstraint("ck_contact_addresses_country", "country ~ '^[A-Z]{2}$'");
            t.HasCheckConstraint("ck_contact_addresses_validity", "valid_to IS NULL OR valid_from IS NULL OR valid_to >= valid_from");
        });
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).UseHiLo("contact_addresses_hilo");
        builder.Property(a => a.Delivery).HasMaxLength(ContactLimits.AddressLineMaxLength);
        builder.Property(a => a.Building).HasMaxLength(ContactLimits.AddressLineMaxLength);
        builder.Property(a => a.Street).HasMaxLength(ContactLimits.AddressLineMaxLength);
        builder.Property(a => a.Locality).HasMaxLength(ContactLimits.AddressLineMaxLength);
        builder.Property(a => a.PostalCode).HasMaxLength(ContactLimits.PostalCodeMaxLength).IsRequired();
        builder.Property(a => a.City).HasMaxLength(ContactLimits.CityMaxLength).IsRequired();
        builder.Property(a => a.Country).HasMaxLength(ContactLimits.CountryCodeLength).IsRequired();
        builder.Property(a => a.Version).IsRowVersion();
        builder.Ignore(a => a.Parts);
        builder.Ignore(a => a.ContactPart);

        builder.HasOne<Contact>().WithMany().HasForeignKey(a => a.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex([nameof(ContactAddress.ContactId)], "one_main").IsUnique().HasFilter("is_main")
            .HasDatabaseName("ux_contact_addresses_one_main");
        builder.HasIndex([nameof(ContactAddress.ContactId)], "by_contact").HasDatabaseName("ix_contact_addresses_contact_id");
        builder.HasIndex(a => a.PostalCode).HasOperators("text_pattern_ops").HasFilter("is_main").HasDatabaseName("ix_contact_addresses_main_postal_code");
    }
}
