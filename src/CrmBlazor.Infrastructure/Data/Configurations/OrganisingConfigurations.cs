using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Organising;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class ContactTagConfiguration : IEntityTypeConfiguration<ContactTag>
{
    public void Configure(EntityTypeBuilder<ContactTag> builder)
    {
        builder.ToTable("contact_tags");
        builder.HasKey(t => new { t.ContactId, t.TagId });
        builder.Ignore(t => t.ContactPart);
        builder.HasOne<Contact>().WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tag>().WithMany().HasForeignKey(t => t.TagId).OnDelete(DeleteBehavior.Restrict);

        // Segments ask « who has tag T »: the reverse of the key.
        builder.HasIndex(t => new { t.TagId, t.ContactId });
    }
}

public sealed class ContactGroupConfiguration : IEntityTypeConfiguration<ContactGroup>
{
    public void Configure(EntityTypeBuilder<ContactGroup> builder)
    {
        builder.ToTable("contact_groups", t => t.HasCheckConstraint("ck_contact_groups_name", "btrim(name) <> ''"));
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).UseHiLo("contact_groups_hilo");
        builder.Property(g => g.Name).HasMaxLength(OrganisingLimits.GroupNameMaxLength).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(OrganisingLimits.GroupDescriptionMaxLength);
        builder.Property(g => g.Version).IsRowVersion();
        builder.HasIndex(g => g.Name).IsUnique();
    }
}

public sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.ToTable("group_members");
        builder.HasKey(m => new { m.GroupId, m.ContactId });
        builder.Ignore(m => m.ContactPart);
        builder.HasOne<ContactGroup>().WithMany().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.ContactId);
    }
}

public sealed class CustomFieldConfiguration : IEntityTypeConfiguration<CustomField>
{
    public void Configure(EntityTypeBuilder<CustomField> builder)
    {
        builder.ToTable("custom_fields", t =>
        {
            t.HasCheckConstraint("ck_custom_fields_label", "btrim(label) <> ''");
            t.HasCheckConstraint("ck_custom_fields_options", $"(kind IN ('{CustomFieldKind.Choice}', '{CustomFieldKind.MultiChoice}')) = (cardinality(options) > 0)");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseHiLo("custom_fields_hilo");
        builder.Property(f => f.Label).HasMaxLength(OrganisingLimits.FieldLabelMaxLength).IsRequired();
        builder.Property(f => f.Options).HasColumnType("text[]").IsRequired();
        builder.Property(f => f.Version).IsRowVersion();
        builder.Ignore(f => f.HasOptions);
        builder.HasIndex(f => new { f.Target, f.Label }).IsUnique();

        // Values reference (field, kind) so that a value column of another kind can never be filled.
        builder.HasAlternateKey(f => new { f.Id, f.Kind });
    }
}

/// <summary>Both value tables share the typed columns and the check that exactly the field kind's column is set.</summary>
public abstract class CustomFieldValueConfiguration<T>(string table) : IEntityTypeConfiguration<T>
    where T : CustomFieldValue
{
    public virtual void Configure(EntityTypeBuilder<T> builder)
    {
        builder.ToTable(table, t => t.HasCheckConstraint($"ck_{table}_one_value", OneValueOfItsKind));
        builder.Property(v => v.TextValue).HasMaxLength(OrganisingLimits.TextValueMaxLength);
        builder.Property(v => v.NumberValue).HasPrecision(14, 2);
        builder.Property(v => v.Choices).HasColumnType("text[]");
        builder.HasOne<CustomField>().WithMany().HasForeignKey(v => new { v.FieldId, v.Kind })
            .HasPrincipalKey(f => new { f.Id, f.Kind }).OnDelete(DeleteBehavior.Cascade);
    }

    private static string OneValueOfItsKind =>
        "CASE kind " +
        "WHEN 'Text' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 " +
        "WHEN 'Choice' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 " +
        "WHEN 'Phone' THEN text_value IS NOT NULL AND num_nonnulls(number_value, date_value, bool_value, choices) = 0 " +
        "WHEN 'Number' THEN number_value IS NOT NULL AND num_nonnulls(text_value, date_value, bool_value, choices) = 0 " +
        "WHEN 'Date' THEN date_value IS NOT NULL AND num_nonnulls(text_value, number_value, bool_value, choices) = 0 " +
        "WHEN 'YesNo' THEN bool_value IS NOT NULL AND num_nonnulls(text_value, number_value, date_value, choices) = 0 " +
        "WHEN 'MultiChoice' THEN cardinality(choices) > 0 AND num_nonnulls(text_value, number_value, date_value, bool_value) = 0 " +
        "ELSE false END";
}

public sealed class ContactFieldValueConfiguration() : CustomFieldValueConfiguration<ContactFieldValue>("contact_field_values")
{
    public override void Configure(EntityTypeBuilder<ContactFieldValue> builder)
    {
        base.Configure(builder);
        builder.HasKey(v => new { v.ContactId, v.FieldId });
        builder.Ignore(v => v.ContactPart);
        builder.HasOne<Contact>().WithMany().HasForeignKey(v => v.ContactId).OnDelete(DeleteBehavior.Cascade);

        // Segments search one field's values across the base: one index per value type, led by the field.
        builder.HasIndex(v => new { v.FieldId, v.TextValue }).HasDatabaseName("ix_contact_field_values_text");
        builder.HasIndex(v => new { v.FieldId, v.NumberValue }).HasDatabaseName("ix_contact_field_values_number").HasFilter("number_value IS NOT NULL");
        builder.HasIndex(v => new { v.FieldId, v.DateValue }).HasDatabaseName("ix_contact_field_values_date").HasFilter("date_value IS NOT NULL");
        builder.HasIndex(v => new { v.FieldId, v.BoolValue }).HasDatabaseName("ix_contact_field_values_bool").HasFilter("bool_value IS NOT NULL");
        builder.HasIndex(v => v.Choices).HasMethod("gin").HasDatabaseName("ix_contact_field_values_choices").HasFilter("choices IS NOT NULL");
    }
}

public sealed class GroupFieldValueConfiguration() : CustomFieldValueConfiguration<GroupFieldValue>("group_field_values")
{
    public override void Configure(EntityTypeBuilder<GroupFieldValue> builder)
    {
        base.Configure(builder);
        builder.HasKey(v => new { v.GroupId, v.FieldId });
        builder.HasOne<ContactGroup>().WithMany().HasForeignKey(v => v.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.FieldId, v.GroupId });
    }
}
