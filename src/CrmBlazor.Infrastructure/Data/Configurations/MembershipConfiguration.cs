using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class MembershipTypeConfiguration : IEntityTypeConfiguration<MembershipType>
{
    public void Configure(EntityTypeBuilder<MembershipType> builder)
    {
        builder.ToTable("membership_types", t =>
        {
            t.HasCheckConstraint("ck_membership_types_fee", "fee > 0");
            t.HasCheckConstraint("ck_membership_types_grace", $"grace_months BETWEEN 0 AND {MembershipLimits.MaxGraceMonths}");
            t.HasCheckConstraint(
                "ck_membership_types_rollover",
                "(rollover_month IS NULL) = (rollover_day IS NULL) AND (rollover_month IS NULL OR (kind = 'CalendarYear' "
                + "AND rollover_month BETWEEN 1 AND 12 AND rollover_day BETWEEN 1 AND 31 AND (rollover_month, rollover_day) <> (1, 1)))");
            t.HasCheckConstraint("ck_membership_types_name", "btrim(name) <> ''");
        });
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).UseHiLo("membership_types_hilo");
        builder.Property(t => t.Name).HasMaxLength(MembershipLimits.TypeNameMaxLength).IsRequired();
        builder.Property(t => t.Fee).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(t => t.Version).IsRowVersion();
        builder.Ignore(t => t.Rollover);
        builder.Ignore(t => t.Plan);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

public sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.ToTable("memberships", t =>
        {
            t.HasCheckConstraint("ck_memberships_fee", "fee > 0");
            t.HasCheckConstraint("ck_memberships_dates", "ends_on IS NULL OR ends_on >= starts_on");
            t.HasCheckConstraint("ck_memberships_paid", "(starts_on IS NULL) = (joined_on IS NULL) AND (starts_on IS NOT NULL OR ends_on IS NULL)");
            t.HasCheckConstraint("ck_memberships_pending", "status IN ('Pending', 'Cancelled') OR starts_on IS NOT NULL");
            t.HasCheckConstraint("ck_memberships_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
            t.HasCheckConstraint("ck_memberships_grace", $"grace_months BETWEEN 0 AND {MembershipLimits.MaxGraceMonths}");
        });
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseHiLo("memberships_hilo");
        builder.Property(m => m.Fee).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(m => m.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(m => m.Version).IsRowVersion();
        builder.Ignore(m => m.ContactPart);
        builder.Ignore(m => m.Dates);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MembershipType>().WithMany().HasForeignKey(m => m.TypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.ContactId, m.EndsOn });

        // One live membership per type and contact: a second one is a renewal, paid on the first.
        builder.HasIndex(m => new { m.ContactId, m.TypeId }).IsUnique().HasFilter("status <> 'Cancelled'");

        // The daily job and the renewal batches look for what is still running.
        builder.HasIndex(m => m.EndsOn).HasFilter("status IN ('New', 'Current', 'Grace')");
        builder.HasIndex(m => m.Status);
    }
}

public sealed class MembershipFeeConfiguration : IEntityTypeConfiguration<MembershipFee>
{
    public void Configure(EntityTypeBuilder<MembershipFee> builder)
    {
        builder.ToTable("membership_fees", t =>
        {
            t.HasCheckConstraint("ck_membership_fees_amount", "amount > 0");
            t.HasCheckConstraint("ck_membership_fees_term", "term_ends_on IS NULL OR term_ends_on >= term_starts_on");
            t.HasCheckConstraint("ck_membership_fees_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
        });
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).UseHiLo("membership_fees_hilo");
        builder.Property(f => f.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(f => f.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(f => f.Version).IsRowVersion();
        builder.Ignore(f => f.ContactPart);
        builder.Ignore(f => f.IsActive);
        builder.HasOne<Membership>().WithMany().HasForeignKey(f => f.MembershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(f => f.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(f => f.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.MembershipId);
        builder.HasIndex(f => f.PaymentId);
    }
}

public sealed class MembershipCardConfiguration : IEntityTypeConfiguration<MembershipCard>
{
    public void Configure(EntityTypeBuilder<MembershipCard> builder)
    {
        builder.ToTable("membership_cards", t =>
        {
            t.HasCheckConstraint("ck_membership_cards_emailed", "(status = 'Emailed') = (outbox_message_id IS NOT NULL)");
            t.HasCheckConstraint("ck_membership_cards_printed", "(status = 'Printed') = (print_batch_document_id IS NOT NULL)");
        });
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).UseHiLo("membership_cards_hilo");
        builder.Ignore(c => c.ContactPart);
        builder.HasOne<Membership>().WithMany().HasForeignKey(c => c.MembershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<MembershipFee>().WithMany().HasForeignKey(c => c.FeeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(c => c.PrintBatchDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<OutboxMessage>().WithMany().HasForeignKey(c => c.OutboxMessageId).OnDelete(DeleteBehavior.Restrict);

        // One card per paid fee.
        builder.HasIndex(c => c.FeeId).IsUnique();
        builder.HasIndex(c => c.CreatedAt).HasFilter("status = 'AwaitingPrint'");
    }
}

public sealed class MembershipReminderConfiguration : IEntityTypeConfiguration<MembershipReminder>
{
    public void Configure(EntityTypeBuilder<MembershipReminder> builder)
    {
        builder.ToTable("membership_reminders");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseHiLo("membership_reminders_hilo");
        builder.Ignore(r => r.ContactPart);
        builder.HasOne<Membership>().WithMany().HasForeignKey(r => r.MembershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(r => r.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(r => r.CampaignId).OnDelete(DeleteBehavior.Restrict);

        // A batch run twice sends nothing twice.
        builder.HasIndex(r => new { r.MembershipId, r.EndsOn, r.OffsetDays }).IsUnique();
        builder.HasIndex(r => r.ContactId);
    }
}
