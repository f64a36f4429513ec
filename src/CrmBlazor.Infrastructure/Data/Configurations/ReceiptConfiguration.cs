using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class TaxReceiptConfiguration : IEntityTypeConfiguration<TaxReceipt>
{
    public const int NameMaxLength = 150;

    public void Configure(EntityTypeBuilder<TaxReceipt> builder)
    {
        builder.ToTable("tax_receipts", t =>
        {
            t.HasCheckConstraint("ck_tax_receipts_amount", "amount > 0");
            t.HasCheckConstraint("ck_tax_receipts_sequence", "sequence > 0");
            t.HasCheckConstraint("ck_tax_receipts_period",
                "first_payment_on <= last_payment_on AND extract(year FROM first_payment_on) = year AND extract(year FROM last_payment_on) = year");
            t.HasCheckConstraint("ck_tax_receipts_cancel_explained",
                "(status = 'Cancelled') = (cancel_reason IS NOT NULL AND cancelled_at IS NOT NULL)");
            t.HasCheckConstraint("ck_tax_receipts_replaced_only_if_cancelled", "replaced_by_id IS NULL OR status = 'Cancelled'");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseHiLo("tax_receipts_hilo");
        builder.Property(r => r.Amount).HasPrecision(14, 2);
        builder.Property(r => r.IssuedBy).HasMaxLength(Domain.Journal.Actor.NameMaxLength).IsRequired();
        builder.Property(r => r.DonorLastName).HasMaxLength(NameMaxLength).IsRequired();
        builder.Property(r => r.DonorFirstNames).HasMaxLength(NameMaxLength).IsRequired();
        builder.Property(r => r.DonorStreet).HasMaxLength(OrganisationProfile.StreetMaxLength).IsRequired();
        builder.Property(r => r.DonorPostCode).HasMaxLength(ContactLimits.PostalCodeMaxLength).IsRequired();
        builder.Property(r => r.DonorCity).HasMaxLength(OrganisationProfile.CityMaxLength).IsRequired();
        builder.Property(r => r.DonorCountry).HasMaxLength(OrganisationProfile.CountryMaxLength).IsRequired();
        builder.Property(r => r.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(r => r.PaymentModes).HasColumnType("text[]")
            .HasConversion(
                v => v.Select(m => m.ToString()).ToArray(),
                v => v.Select(Enum.Parse<ReceiptPaymentMode>).ToList(),
                new Microsoft.EntityFrameworkCore.ChangeTracking.ValueComparer<List<ReceiptPaymentMode>>(
                    (a, b) => a!.SequenceEqual(b!), v => v.Aggregate(0, (h, m) => HashCode.Combine(h, m)), v => v.ToList()));
        builder.Property(r => r.DonorAddressLines).HasColumnType("text[]");
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.Number);
        builder.Ignore(r => r.ContactPart);
        builder.Ignore(r => r.IsCancelled);
        builder.HasMany(r => r.Donations).WithOne().HasForeignKey(d => d.ReceiptId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(r => r.Donations).HasField("donations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OrganisationProfile>().WithMany().HasForeignKey(r => r.IssuerRevision).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReceiptRun>().WithMany().HasForeignKey(r => r.RunId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaxReceipt>().WithMany().HasForeignKey(r => r.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TaxReceipt>().WithMany().HasForeignKey(r => r.ReplacedById).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.Year, r.Sequence }).IsUnique();
        builder.HasIndex(r => new { r.ContactId, r.Year });
        builder.HasIndex(r => r.RunId);
        builder.HasIndex(r => r.ReplacesId).IsUnique();
    }
}

public sealed class TaxReceiptDonationConfiguration : IEntityTypeConfiguration<TaxReceiptDonation>
{
    public void Configure(EntityTypeBuilder<TaxReceiptDonation> builder)
    {
        builder.ToTable("tax_receipt_donations", t => t.HasCheckConstraint("ck_tax_receipt_donations_amount", "amount > 0"));
        builder.HasKey(d => new { d.ReceiptId, d.DonationId });
        builder.Property(d => d.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.HasOne<Donation>().WithMany().HasForeignKey(d => d.DonationId).OnDelete(DeleteBehavior.Restrict);

        // A gift is on at most one receipt still standing: the database, not the code, forbids a second.
        builder.HasIndex(d => d.DonationId).IsUnique().HasFilter("is_active").HasDatabaseName("ux_tax_receipt_donations_one_active");
    }
}

public sealed class ReceiptCounterConfiguration : IEntityTypeConfiguration<ReceiptCounter>
{
    public void Configure(EntityTypeBuilder<ReceiptCounter> builder)
    {
        builder.ToTable("receipt_counters", t => t.HasCheckConstraint("ck_receipt_counters_positive", "last_sequence >= 0"));
        builder.HasKey(c => c.Year);
        builder.Property(c => c.Year).ValueGeneratedNever();
    }
}

public sealed class ReceiptRunConfiguration : IEntityTypeConfiguration<ReceiptRun>
{
    public void Configure(EntityTypeBuilder<ReceiptRun> builder)
    {
        builder.ToTable("receipt_runs", t => t.HasCheckConstraint("ck_receipt_runs_finished",
            "(status = 'Running') = (finished_at IS NULL)"));
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseHiLo("receipt_runs_hilo");
        builder.Property(r => r.StartedBy).HasMaxLength(Domain.Journal.Actor.NameMaxLength).IsRequired();
        builder.Property(r => r.Message).HasMaxLength(ReceiptRun.MessageMaxLength);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.IsRunning);

        // One run at a time per kind and year: a second start on another server fails on this index.
        builder.HasIndex(r => new { r.Kind, r.Year }).IsUnique().HasFilter("status = 'Running'").HasDatabaseName("ux_receipt_runs_one_running");
        builder.HasIndex(r => r.StartedAt).IsDescending();
    }
}

public sealed class OrganisationProfileConfiguration : IEntityTypeConfiguration<OrganisationProfile>
{
    public void Configure(EntityTypeBuilder<OrganisationProfile> builder)
    {
        builder.ToTable("organisation_profiles", t =>
        {
            t.HasCheckConstraint("ck_organisation_profiles_article", "article200 OR article978");
            t.HasCheckConstraint("ck_organisation_profiles_revision", "revision > 0");
        });
        builder.HasKey(p => p.Revision);
        builder.Property(p => p.Revision).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(OrganisationProfile.NameMaxLength).IsRequired();
        builder.Property(p => p.SirenOrRna).HasMaxLength(OrganisationProfile.IdentifierMaxLength).IsRequired();
        builder.Property(p => p.Street).HasMaxLength(OrganisationProfile.StreetMaxLength).IsRequired();
        builder.Property(p => p.PostCode).HasMaxLength(OrganisationProfile.PostCodeMaxLength).IsRequired();
        builder.Property(p => p.City).HasMaxLength(OrganisationProfile.CityMaxLength).IsRequired();
        builder.Property(p => p.Country).HasMaxLength(OrganisationProfile.CountryMaxLength).IsRequired();
        builder.Property(p => p.Object).HasMaxLength(OrganisationProfile.ObjectMaxLength).IsRequired();
        builder.Property(p => p.CategoryDetail).HasMaxLength(OrganisationProfile.DetailMaxLength);
        builder.Property(p => p.SignatoryName).HasMaxLength(OrganisationProfile.PersonMaxLength).IsRequired();
        builder.Property(p => p.SignatoryTitle).HasMaxLength(OrganisationProfile.PersonMaxLength).IsRequired();
        builder.Property(p => p.SignatureContentType).HasMaxLength(Domain.Documents.Document.ContentTypeMaxLength);
        builder.Property(p => p.BankName).HasMaxLength(OrganisationProfile.BankMaxLength).IsRequired();
        builder.Property(p => p.AccountHolder).HasMaxLength(OrganisationProfile.PersonMaxLength).IsRequired();
        builder.Property(p => p.Iban).HasMaxLength(OrganisationProfile.IbanMaxLength).IsRequired();
        builder.Property(p => p.Bic).HasMaxLength(OrganisationProfile.BicMaxLength);
        builder.Property(p => p.SepaCreditorId).HasMaxLength(OrganisationProfile.SepaCreditorIdMaxLength);
        builder.Property(p => p.SavedBy).HasMaxLength(Domain.Journal.Actor.NameMaxLength).IsRequired();
        builder.Ignore(p => p.Identity);
    }
}
