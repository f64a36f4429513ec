using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Petitions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class PetitionConfiguration : IEntityTypeConfiguration<Petition>
{
    public void Configure(EntityTypeBuilder<Petition> builder)
    {
        builder.ToTable("petitions", t => t.HasCheckConstraint("ck_petitions_dates", "ends_on IS NULL OR ends_on >= starts_on"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseHiLo("petitions_hilo");
        builder.Property(p => p.Name).HasMaxLength(PetitionLimits.NameMaxLength).IsRequired();
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => p.Name).IsUnique();
        builder.HasIndex(p => p.CampaignId).HasFilter("campaign_id IS NOT NULL");
    }
}

public sealed class PetitionSignatureConfiguration : IEntityTypeConfiguration<PetitionSignature>
{
    public void Configure(EntityTypeBuilder<PetitionSignature> builder)
    {
        builder.ToTable("petition_signatures");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseHiLo("petition_signatures_hilo");
        builder.Ignore(s => s.ContactPart);
        builder.HasOne<Petition>().WithMany().HasForeignKey(s => s.PetitionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.PetitionId, s.ContactId }).IsUnique();
        builder.HasIndex(s => new { s.ContactId, s.SignedOn }).IsDescending(false, true);
        builder.HasIndex(s => s.CampaignId).HasFilter("campaign_id IS NOT NULL");
    }
}
