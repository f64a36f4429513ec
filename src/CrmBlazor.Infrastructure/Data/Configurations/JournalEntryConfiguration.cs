using System.Text.Json;
using CrmBlazor.Domain.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<JournalEntry> builder)
    {
        builder.ToTable("journal_entries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseIdentityAlwaysColumn();
        builder.Property(e => e.ActorId).HasMaxLength(64);
        builder.Property(e => e.ActorName).HasMaxLength(Actor.NameMaxLength).IsRequired();
        builder.Property(e => e.EntityType).HasMaxLength(JournalEntry.EntityTypeMaxLength).IsRequired();
        builder.Property(e => e.EntityKey).HasMaxLength(JournalEntry.EntityKeyMaxLength);
        builder.Property(e => e.Detail).HasMaxLength(JournalEntry.DetailMaxLength);
        builder.Property(e => e.Changes)
            .HasColumnType("jsonb")
            .HasConversion(
                changes => JsonSerializer.Serialize(changes, Json),
                json => JsonSerializer.Deserialize<List<FieldChange>>(json, Json) ?? new List<FieldChange>(),
                new ValueComparer<List<FieldChange>>(
                    (a, b) => a!.SequenceEqual(b!),
                    c => c.Aggregate(0, (hash, change) => HashCode.Combine(hash, change.GetHashCode())),
                    c => c.ToList()))
            .IsRequired();

        builder.HasIndex(e => e.OccurredAt).IsDescending();
        builder.HasIndex(e => new { e.EntityType, e.EntityKey, e.OccurredAt });
        builder.HasIndex(e => new { e.ActorId, e.OccurredAt });
        builder.HasIndex(e => new { e.ContactId, e.OccurredAt }).IsDescending(false, true).HasFilter("contact_id IS NOT NULL");
    }
}
