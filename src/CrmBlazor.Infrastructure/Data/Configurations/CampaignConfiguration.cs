using CrmBlazor.Domain.Campaigns;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns", t =>
        {
            t.HasCheckConstraint("ck_campaigns_code_upper", "code = upper(btrim(code)) AND code <> ''");
            t.HasCheckConstraint("ck_campaigns_dates", "ends_on IS NULL OR ends_on >= starts_on");
            t.HasCheckConstraint("ck_campaigns_cost", "cost IS NULL OR cost >= 0");
            t.HasCheckConstraint("ck_campaigns_recipients", "recipient_count IS NULL OR recipient_count >= 0");
            t.HasCheckConstraint("ck_campaigns_generic_open", "NOT is_generic OR closed_on IS NULL");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseHiLo("campaigns_hilo");
        builder.Property(c => c.Code).HasMaxLength(Campaign.CodeMaxLength).IsRequired();
        builder.Property(c => c.Name).HasMaxLength(Campaign.NameMaxLength).IsRequired();
        builder.Property(c => c.Cost).HasPrecision(12, 2);
        builder.Property(c => c.Version).IsRowVersion();
        builder.Ignore(c => c.IsClosed);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.HasIndex(c => c.IsGeneric).IsUnique().HasFilter("is_generic").HasDatabaseName("ux_campaigns_one_generic");
        builder.HasIndex(c => c.StartsOn).IsDescending();
    }
}

public sealed class CampaignReceptionConfiguration : IEntityTypeConfiguration<CampaignReception>
{
    public void Configure(EntityTypeBuilder<CampaignReception> builder)
    {
        builder.ToTable("campaign_receptions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseHiLo("campaign_receptions_hilo");
        builder.Ignore(r => r.ContactPart);
        builder.HasOne<Domain.Contacts.Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.ContactId, r.CampaignId }).IsUnique();
        builder.HasIndex(r => new { r.ContactId, r.ReceivedOn }).IsDescending(false, true);
        builder.HasIndex(r => r.CampaignId);
    }
}
