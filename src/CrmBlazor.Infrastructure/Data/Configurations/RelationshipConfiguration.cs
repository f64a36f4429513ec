using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Relations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class RelationshipTypeConfiguration : IEntityTypeConfiguration<RelationshipType>
{
    public void Configure(EntityTypeBuilder<RelationshipType> builder)
    {
        builder.ToTable("relationship_types", t => t.HasCheckConstraint("ck_relationship_types_code_upper", "code = upper(btrim(code)) AND code <> ''"));
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseHiLo("relationship_types_hilo");
        builder.Property(t => t.Code).HasMaxLength(RelationLimits.CodeMaxLength).IsRequired();
        builder.Property(t => t.LabelFromA).HasMaxLength(RelationLimits.LabelMaxLength).IsRequired();
        builder.Property(t => t.LabelFromB).HasMaxLength(RelationLimits.LabelMaxLength).IsRequired();
        builder.Ignore(t => t.IsSymmetric);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}

public sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.ToTable("relationships", t =>
        {
            t.HasCheckConstraint("ck_relationships_not_self", "contact_a_id <> contact_b_id");
            t.HasCheckConstraint("ck_relationships_dates", "ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on");
        });
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseHiLo("relationships_hilo");
        builder.Property(r => r.Note).HasMaxLength(RelationLimits.NoteMaxLength);
        builder.Property(r => r.Version).IsRowVersion();
        builder.Ignore(r => r.ContactId);
        builder.Ignore(r => r.OtherContactId);
        builder.Ignore(r => r.ContactPart);
        builder.HasOne<RelationshipType>().WithMany().HasForeignKey(r => r.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactAId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactBId).OnDelete(DeleteBehavior.Restrict);
        // Unique per type and pair whichever end is A: ux_relationships_type_pair (PeopleSql), an expression index.
        builder.HasIndex(r => r.ContactAId);
        builder.HasIndex(r => r.ContactBId);
    }
}
