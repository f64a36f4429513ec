using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class DonationConfiguration : IEntityTypeConfiguration<Donation>
{
    public void Configure(EntityTypeBuilder<Donation> builder)
    {
        builder.ToTable("donations", t =>
        {
            t.HasCheckConstraint("ck_donations_amount", "amount > 0");
            t.HasCheckConstraint("ck_donations_reason",
                "status NOT IN ('Unpaid', 'Cancelled', 'Refunded') OR (status_reason IS NOT NULL AND status_changed_on IS NOT NULL)");
        });
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseHiLo("donations_hilo");
        builder.Property(d => d.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(d => d.StatusReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(d => d.Version).IsRowVersion();
        builder.Ignore(d => d.ContactPart);
        builder.Ignore(d => d.Counts);
        builder.HasOne<Contact>().WithMany().HasForeignKey(d => d.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => d.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(d => d.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.ContactId, d.DonatedOn }).IsDescending(false, true);
        // Instalments' donations have no payment: they stay out of this index.
        builder.HasIndex(d => d.PaymentId).HasFilter("payment_id IS NOT NULL");
        builder.HasIndex(d => d.CampaignId);
        builder.HasIndex(d => d.DonatedOn);
    }
}

public sealed class DonorSummaryConfiguration : IEntityTypeConfiguration<DonorSummary>
{
    public void Configure(EntityTypeBuilder<DonorSummary> builder)
    {
        builder.ToTable("donor_summaries");
        builder.HasKey(s => s.ContactId);
        builder.Property(s => s.ContactId).ValueGeneratedNever();
        builder.Property(s => s.FirstGiftAmount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(s => s.LastGiftAmount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(s => s.LifetimeTotal).HasPrecision(14, 2);
        builder.Property(s => s.LargestGift).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Ignore(s => s.AverageGift);
        builder.HasOne<Contact>().WithOne().HasForeignKey<DonorSummary>(s => s.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => s.LastGiftOn);
        builder.HasIndex(s => s.LifetimeTotal);
    }
}

public sealed class DonorYearTotalConfiguration : IEntityTypeConfiguration<DonorYearTotal>
{
    public void Configure(EntityTypeBuilder<DonorYearTotal> builder)
    {
        builder.ToTable("donor_year_totals");
        builder.HasKey(t => new { t.ContactId, t.Year });
        builder.Property(t => t.Total).HasPrecision(14, 2);
        builder.HasOne<Contact>().WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.Year, t.Total });
    }
}
