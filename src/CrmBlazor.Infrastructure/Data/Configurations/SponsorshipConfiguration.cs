using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Sponsorships;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class SponsorshipConfiguration : IEntityTypeConfiguration<Sponsorship>
{
    public void Configure(EntityTypeBuilder<Sponsorship> builder)
    {
        builder.ToTable("sponsorships", t =>
        {
            t.HasCheckConstraint("ck_sponsorships_amount", "monthly_amount > 0");
            t.HasCheckConstraint("ck_sponsorships_dates", "ends_on IS NULL OR ends_on >= starts_on");
            t.HasCheckConstraint("ck_sponsorships_reason", "(status = 'Active') = (status_reason IS NULL)");
            t.HasCheckConstraint("ck_sponsorships_ended_has_end", "status <> 'Ended' OR ends_on IS NOT NULL");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseHiLo("sponsorships_hilo");
        builder.Property(s => s.Label).HasMaxLength(SponsorshipLimits.LabelMaxLength).IsRequired();
        builder.Property(s => s.MonthlyAmount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(s => s.StatusReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.ContactPart);
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ContactId, s.StartsOn }).IsDescending(false, true);
    }
}
