using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Events;
using CrmBlazor.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class EventConfiguration : IEntityTypeConfiguration<Event>
{
    public void Configure(EntityTypeBuilder<Event> builder)
    {
        builder.ToTable("events", t =>
        {
            t.HasCheckConstraint("ck_events_dates", "ends_on >= starts_on");
            t.HasCheckConstraint("ck_events_capacity", $"capacity IS NULL OR capacity BETWEEN 1 AND {EventLimits.MaxCapacity}");
            t.HasCheckConstraint("ck_events_fee", "fee >= 0");
            t.HasCheckConstraint("ck_events_name", "btrim(name) <> ''");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseHiLo("events_hilo");
        builder.Property(e => e.Name).HasMaxLength(EventLimits.NameMaxLength).IsRequired();
        builder.Property(e => e.Place).HasMaxLength(EventLimits.PlaceMaxLength);
        builder.Property(e => e.Fee).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(e => e.Version).IsRowVersion();
        builder.Ignore(e => e.IsFree);
        builder.HasIndex(e => e.StartsOn);
    }
}

public sealed class EventParticipationConfiguration : IEntityTypeConfiguration<EventParticipation>
{
    public void Configure(EntityTypeBuilder<EventParticipation> builder)
    {
        builder.ToTable("event_participations", t =>
            t.HasCheckConstraint("ck_event_participations_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseHiLo("event_participations_hilo");
        builder.Property(p => p.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.ContactPart);
        builder.Ignore(p => p.HoldsASeat);
        builder.HasOne<Event>().WithMany().HasForeignKey(p => p.EventId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Restrict);

        // One registration per contact and event (a cancelled one is registered again by reopening it).
        builder.HasIndex(p => new { p.EventId, p.ContactId }).IsUnique();
        builder.HasIndex(p => p.ContactId);
    }
}

public sealed class EventFeeConfiguration : IEntityTypeConfiguration<EventFee>
{
    public void Configure(EntityTypeBuilder<EventFee> builder)
    {
        builder.ToTable("event_fees", t =>
        {
            t.HasCheckConstraint("ck_event_fees_amount", "amount > 0");
            t.HasCheckConstraint("ck_event_fees_cancel_explained", "is_cancelled = (cancel_reason IS NOT NULL)");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseHiLo("event_fees_hilo");
        builder.Property(f => f.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(f => f.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(f => f.Version).IsRowVersion();
        builder.Ignore(f => f.ContactPart);
        builder.HasOne<EventParticipation>().WithMany().HasForeignKey(f => f.ParticipationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(f => f.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(f => f.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.PaymentId);
        builder.HasIndex(f => f.ParticipationId);
    }
}
