using CrmBlazor.Domain.Segments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class SegmentConfiguration : IEntityTypeConfiguration<Segment>
{
    public void Configure(EntityTypeBuilder<Segment> builder)
    {
        builder.ToTable("segments", t =>
        {
            t.HasCheckConstraint("ck_segments_name", "btrim(name) <> ''");
            t.HasCheckConstraint("ck_segments_criteria_versioned", "jsonb_typeof(criteria -> 'version') = 'number' AND jsonb_typeof(criteria -> 'root') = 'object'");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseHiLo("segments_hilo");
        builder.Property(s => s.Name).HasMaxLength(SegmentLimits.NameMaxLength).IsRequired();
        builder.Property(s => s.Description).HasMaxLength(SegmentLimits.DescriptionMaxLength);
        builder.Property(s => s.Criteria).HasColumnType("jsonb").IsRequired();
        builder.Property(s => s.UpdatedBy).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasIndex(s => s.Name).IsUnique();
    }
}

public sealed class FieldProfileConfiguration : IEntityTypeConfiguration<FieldProfile>
{
    public void Configure(EntityTypeBuilder<FieldProfile> builder)
    {
        builder.ToTable("field_profiles", t => t.HasCheckConstraint("ck_field_profiles_columns", "cardinality(columns) > 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseHiLo("field_profiles_hilo");
        builder.Property(p => p.Name).HasMaxLength(SegmentLimits.ProfileNameMaxLength).IsRequired();
        builder.Property(p => p.Columns).HasColumnType("text[]").IsRequired();
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => p.Name).IsUnique();
    }
}
