using CrmBlazor.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

/// <summary>The admin-managed lists share one shape: an upper-case unique code and a label.</summary>
public abstract class CodeListConfiguration<T>(string table) : IEntityTypeConfiguration<T>
    where T : CodeListEntry
{
    public void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table, t => t.HasCheckConstraint($"ck_{table}_code_upper", "code = upper(btrim(code)) AND code <> ''"));
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseHiLo($"{table}_hilo");
        builder.Property(c => c.Code).HasMaxLength(ContactLimits.CodeMaxLength).IsRequired();
        builder.Property(c => c.Label).HasMaxLength(ContactLimits.LabelMaxLength).IsRequired();
        builder.HasIndex(c => c.Code).IsUnique();
    }
}

public sealed class SuspensionCodeConfiguration() : CodeListConfiguration<SuspensionCode>("suspension_codes");

public sealed class MarketingCodeConfiguration() : CodeListConfiguration<MarketingCode>("marketing_codes");

public sealed class ScoreTypeConfiguration() : CodeListConfiguration<ScoreType>("score_types");

public sealed class ContactMarketingCodeConfiguration : IEntityTypeConfiguration<ContactMarketingCode>
{
    public void Configure(EntityTypeBuilder<ContactMarketingCode> builder)
    {
        builder.ToTable("contact_marketing_codes");
        builder.HasKey(c => new { c.ContactId, c.MarketingCodeId });
        builder.Ignore(c => c.ContactPart);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<MarketingCode>().WithMany().HasForeignKey(c => c.MarketingCodeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.MarketingCodeId);
    }
}

public sealed class ContactScoreConfiguration : IEntityTypeConfiguration<ContactScore>
{
    public void Configure(EntityTypeBuilder<ContactScore> builder)
    {
        builder.ToTable("contact_scores");
        builder.HasKey(c => new { c.ContactId, c.ScoreTypeId });
        builder.Property(c => c.Value).HasMaxLength(ContactLimits.ScoreValueMaxLength).IsRequired();
        builder.Ignore(c => c.ContactPart);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScoreType>().WithMany().HasForeignKey(c => c.ScoreTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ScoreTypeId);
    }
}

public sealed class TagConfiguration() : CodeListConfiguration<Tag>("tags");
