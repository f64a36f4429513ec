using System.Text.Json;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class SepaMandateConfiguration : IEntityTypeConfiguration<SepaMandate>
{
    public void Configure(EntityTypeBuilder<SepaMandate> builder)
    {
        builder.ToTable("sepa_mandates", t =>
        {
            t.HasCheckConstraint("ck_sepa_mandates_iban", "iban ~ '^[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}$'");
            t.HasCheckConstraint("ck_sepa_mandates_reason", "status = 'Active' OR (status_reason IS NOT NULL AND status_changed_on IS NOT NULL)");
        });
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).UseHiLo("sepa_mandates_hilo");
        builder.Property(m => m.Rum).HasMaxLength(RecurringLimits.Max35).IsRequired();
        builder.Property(m => m.Iban).HasMaxLength(Iban.MaxLength).IsRequired();
        builder.Property(m => m.Bic).HasMaxLength(11);
        builder.Property(m => m.DebtorName).HasMaxLength(RecurringLimits.DebtorNameMaxLength).IsRequired();
        builder.Property(m => m.StatusReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(m => m.Version).IsRowVersion();
        builder.Ignore(m => m.ContactPart);
        builder.Ignore(m => m.NextSequence);
        builder.Ignore(m => m.LapsesAfter);
        builder.HasOne<Contact>().WithMany().HasForeignKey(m => m.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => m.Rum).IsUnique();
        builder.HasIndex(m => m.ContactId);
    }
}

public sealed class RecurringGiftConfiguration : IEntityTypeConfiguration<RecurringGift>
{
    public void Configure(EntityTypeBuilder<RecurringGift> builder)
    {
        builder.ToTable("recurring_gifts", t =>
        {
            t.HasCheckConstraint("ck_recurring_gifts_amount", "amount > 0");
            t.HasCheckConstraint("ck_recurring_gifts_anchor", $"anchor_day BETWEEN {DueDates.MinAnchorDay} AND {DueDates.MaxAnchorDay}");
            t.HasCheckConstraint("ck_recurring_gifts_next_due", "next_due_on >= starts_on");
            t.HasCheckConstraint("ck_recurring_gifts_mandate", "(channel = 'DirectDebit') = (mandate_id IS NOT NULL)");
            t.HasCheckConstraint("ck_recurring_gifts_card_expiry", "channel = 'Card' OR card_expires_on IS NULL");
            t.HasCheckConstraint("ck_recurring_gifts_reason", "status = 'Active' OR (status_reason IS NOT NULL AND status_changed_on IS NOT NULL)");
        });
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).UseHiLo("recurring_gifts_hilo");
        builder.Property(g => g.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(g => g.ProviderReference).HasMaxLength(RecurringLimits.ProviderReferenceMaxLength);
        builder.Property(g => g.StatusReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(g => g.Version).IsRowVersion();
        builder.Ignore(g => g.ContactPart);
        builder.Ignore(g => g.Method);
        builder.HasOne<Contact>().WithMany().HasForeignKey(g => g.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(g => g.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SepaMandate>().WithMany().HasForeignKey(g => g.MandateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecurringGift>().WithMany().HasForeignKey(g => g.ReplacesId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.Channel, g.ProviderReference }).IsUnique().HasFilter("provider_reference IS NOT NULL");
        builder.HasIndex(g => g.ContactId);
        builder.HasIndex(g => g.MandateId);
        builder.HasIndex(g => g.ReplacesId).IsUnique().HasFilter("replaces_id IS NOT NULL");
        // No index on next_due_on: the run reads nearly every active gift each month, and without it the run's update of the
        // due dates stays on the same page (HOT), which the free space left on each page allows.
        builder.HasStorageParameter("fillfactor", 85);
    }
}

public sealed class InstalmentConfiguration : IEntityTypeConfiguration<Instalment>
{
    public void Configure(EntityTypeBuilder<Instalment> builder)
    {
        builder.ToTable("instalments", t =>
        {
            t.HasCheckConstraint("ck_instalments_amount", "amount > 0");
            // A debit the run presented to the bank carries its sequence and end-to-end id; nothing else has a sequence.
            t.HasCheckConstraint("ck_instalments_sepa",
                "(channel = 'DirectDebit' OR sequence IS NULL) AND (channel <> 'DirectDebit' OR scheduling_run_id IS NULL OR (sequence IS NOT NULL AND end_to_end_id IS NOT NULL))");
            t.HasCheckConstraint("ck_instalments_unpaid", "status <> 'Unpaid' OR (failure_reason IS NOT NULL AND failed_on IS NOT NULL)");
            t.HasCheckConstraint("ck_instalments_resolution", "resolution IS NULL OR (status = 'Unpaid' AND resolved_on IS NOT NULL)");
            t.HasCheckConstraint("ck_instalments_collected", "status <> 'Collected' OR collected_on IS NOT NULL");
            // The end-to-end id is the donation's, so it is unique without an index of its own.
            t.HasCheckConstraint("ck_instalments_end_to_end", $"end_to_end_id IS NULL OR end_to_end_id = '{SepaEndToEnd.Prefix}' || donation_id");
        });
        builder.HasKey(i => i.DonationId);
        builder.Property(i => i.DonationId).ValueGeneratedNever();
        builder.Property(i => i.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(i => i.EndToEndId).HasMaxLength(RecurringLimits.Max35);
        builder.Property(i => i.ProviderTransactionId).HasMaxLength(ProviderTransaction.TransactionIdMaxLength);
        builder.Property(i => i.FailureCode).HasMaxLength(RecurringLimits.ReasonCodeMaxLength);
        builder.Property(i => i.FailureReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(i => i.FollowUpNote).HasMaxLength(RecurringLimits.NoteMaxLength);
        builder.Property(i => i.Version).IsRowVersion();
        builder.Ignore(i => i.ContactPart);
        builder.Ignore(i => i.AwaitsDecision);
        // The donation, gift and run stay relationships of the model, so that EF inserts them before their instalments,
        // but their foreign-key constraints are dropped by InstalmentChecksSql: the statement-level
        // instalments_match_donation trigger checks all three in one join per insert, and those rows are kept.
        builder.HasOne<Donation>().WithOne().HasForeignKey<Instalment>(i => i.DonationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<RecurringGift>().WithMany().HasForeignKey(i => i.RecurringGiftId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key to contacts: the donor is the donation's, checked by the instalments_match_donation trigger.
        builder.HasOne<Document>().WithMany().HasForeignKey(i => i.SepaFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SchedulingRun>().WithMany().HasForeignKey(i => i.SchedulingRunId).OnDelete(DeleteBehavior.Restrict);

        // The rule that makes a double gift impossible: one instalment per gift and due date.
        builder.HasIndex(i => new { i.RecurringGiftId, i.DueOn }).IsUnique();
        builder.HasIndex(i => i.FailedOn).HasFilter("status = 'Unpaid' AND resolution IS NULL").HasDatabaseName("ix_instalments_awaiting_decision");
        // The nightly SEPA settlement's search; card and PayPal instalments are found by gift and due date.
        builder.HasIndex(i => i.CollectOn).HasFilter("status = 'Pending' AND sepa_file_id IS NOT NULL").HasDatabaseName("ix_instalments_sepa_pending");
        builder.HasIndex(i => i.SepaFileId).HasFilter("sepa_file_id IS NOT NULL");
        // Read only to list a run's SEPA files.
        builder.HasIndex(i => i.SchedulingRunId).HasFilter("sepa_file_id IS NOT NULL");
    }
}

public sealed class SchedulingRunConfiguration : IEntityTypeConfiguration<SchedulingRun>
{
    public void Configure(EntityTypeBuilder<SchedulingRun> builder)
    {
        builder.ToTable("scheduling_runs");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.Property(r => r.StartedBy).HasMaxLength(200).IsRequired();
        builder.Property(r => r.Total).HasPrecision(14, 2);
        builder.Property(r => r.Summary).HasMaxLength(SchedulingRun.SummaryMaxLength);
        builder.HasIndex(r => r.StartedAt).IsDescending();
    }
}

public sealed class ProviderImportConfiguration : IEntityTypeConfiguration<ProviderImport>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ProviderImport> builder)
    {
        builder.ToTable("provider_imports");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).UseIdentityAlwaysColumn();
        builder.Property(i => i.FileName).HasMaxLength(ProviderImport.FileNameMaxLength).IsRequired();
        builder.Property(i => i.Sha256).HasMaxLength(ProviderImport.Sha256Length).IsFixedLength().IsRequired();
        builder.Property(i => i.ImportedBy).HasMaxLength(200).IsRequired();
        builder.Property(i => i.Problems)
            .HasColumnType("jsonb")
            .HasConversion(
                problems => JsonSerializer.Serialize(problems, Json),
                json => JsonSerializer.Deserialize<List<ImportProblem>>(json, Json) ?? new List<ImportProblem>(),
                new ValueComparer<List<ImportProblem>>((a, b) => a!.SequenceEqual(b!), c => c.Count, c => c.ToList()))
            .IsRequired();
        builder.HasIndex(i => new { i.Kind, i.Sha256 }).IsUnique();
        builder.HasIndex(i => i.ImportedAt).IsDescending();
    }
}

public sealed class ProviderTransactionConfiguration : IEntityTypeConfiguration<ProviderTransaction>
{
    public void Configure(EntityTypeBuilder<ProviderTransaction> builder)
    {
        builder.ToTable("provider_transactions", t => t.HasCheckConstraint("ck_provider_transactions_amount", "amount >= 0"));
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseIdentityAlwaysColumn();
        builder.Property(p => p.TransactionId).HasMaxLength(ProviderTransaction.TransactionIdMaxLength).IsRequired();
        builder.Property(p => p.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(p => p.ReasonCode).HasMaxLength(RecurringLimits.ReasonCodeMaxLength);
        builder.Property(p => p.Reason).HasMaxLength(ProviderTransaction.ReasonMaxLength);
        builder.Property(p => p.SettlementReference).HasMaxLength(ProviderTransaction.TransactionIdMaxLength);
        builder.HasOne<Instalment>().WithMany().HasForeignKey(p => p.InstalmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProviderImport>().WithMany().HasForeignKey(p => p.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.Channel, p.TransactionId, p.Outcome }).IsUnique();
        builder.HasIndex(p => p.InstalmentId);
        builder.HasIndex(p => p.ImportId);
        builder.HasIndex(p => p.SettlementReference).HasFilter("settlement_reference IS NOT NULL");
    }
}
