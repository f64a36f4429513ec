using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class PaymentConfiguration : IEntityTypeConfiguration<Payment>
{
    public void Configure(EntityTypeBuilder<Payment> builder)
    {
        builder.ToTable("payments", t =>
        {
            t.HasCheckConstraint("ck_payments_amount", "amount > 0");
            t.HasCheckConstraint("ck_payments_cheque", "(method = 'Cheque') = (cheque_bank IS NOT NULL AND cheque_number IS NOT NULL)");
            t.HasCheckConstraint("ck_payments_batch_physical", "batch_id IS NULL OR method IN ('Cheque', 'Cash')");
            t.HasCheckConstraint("ck_payments_physical_in_batch", "method NOT IN ('Cheque', 'Cash') OR batch_id IS NOT NULL");
            t.HasCheckConstraint("ck_payments_cancel_explained",
                "(status = 'Cancelled') = (cancel_reason IS NOT NULL AND cancelled_on IS NOT NULL)");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseHiLo("payments_hilo");
        builder.Property(p => p.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(p => p.ChequeBank).HasMaxLength(MoneyLimits.BankNameMaxLength);
        builder.Property(p => p.ChequeNumber).HasMaxLength(MoneyLimits.ChequeNumberMaxLength);
        builder.Property(p => p.Drawer).HasMaxLength(MoneyLimits.DrawerMaxLength);
        builder.Property(p => p.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(p => p.Version).IsRowVersion();
        builder.Ignore(p => p.ContactPart);
        builder.Ignore(p => p.IsCancelled);
        builder.HasOne<Contact>().WithMany().HasForeignKey(p => p.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(p => p.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PaymentBatch>().WithMany().HasForeignKey(p => p.BatchId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.ContactId, p.ReceivedOn }).IsDescending(false, true);
        builder.HasIndex(p => p.BatchId);
        builder.HasIndex(p => p.CampaignId);
    }
}

public sealed class PaymentBatchConfiguration : IEntityTypeConfiguration<PaymentBatch>
{
    public const string NumberSequence = "payment_batch_numbers";

    public void Configure(EntityTypeBuilder<PaymentBatch> builder)
    {
        builder.ToTable("payment_batches", t =>
        {
            t.HasCheckConstraint("ck_payment_batches_expected", "expected_count > 0 AND expected_total > 0");
            t.HasCheckConstraint("ck_payment_batches_validated",
                "(status = 'Validated') = (validated_at IS NOT NULL AND validated_by IS NOT NULL)");
            t.HasCheckConstraint("ck_payment_batches_deposit_after_validation", "deposit_id IS NULL OR status = 'Validated'");
        });
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).UseHiLo("payment_batches_hilo");
        builder.Property(b => b.Number).HasDefaultValueSql($"nextval('{NumberSequence}')").ValueGeneratedOnAdd();
        builder.Property(b => b.Label).HasMaxLength(MoneyLimits.LabelMaxLength).IsRequired();
        builder.Property(b => b.OpenedBy).HasMaxLength(Domain.Journal.Actor.NameMaxLength).IsRequired();
        builder.Property(b => b.ValidatedBy).HasMaxLength(Domain.Journal.Actor.NameMaxLength);
        builder.Property(b => b.ExpectedTotal).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(b => b.Version).IsRowVersion();
        builder.HasOne<BankDeposit>().WithMany().HasForeignKey(b => b.DepositId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => b.Number).IsUnique();
        builder.HasIndex(b => b.Status);
        builder.HasIndex(b => b.DepositId);
    }
}

public sealed class BankDepositConfiguration : IEntityTypeConfiguration<BankDeposit>
{
    public const string NumberSequence = "bank_deposit_numbers";

    public void Configure(EntityTypeBuilder<BankDeposit> builder)
    {
        builder.ToTable("bank_deposits", t =>
        {
            t.HasCheckConstraint("ck_bank_deposits_totals",
                "cheque_count >= 0 AND cash_count >= 0 AND cheque_total >= 0 AND cash_total >= 0");
        });
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).UseHiLo("bank_deposits_hilo");
        builder.Property(d => d.Number).HasDefaultValueSql($"nextval('{NumberSequence}')").ValueGeneratedOnAdd();
        builder.Property(d => d.CreatedBy).HasMaxLength(Domain.Journal.Actor.NameMaxLength).IsRequired();
        builder.Property(d => d.ChequeTotal).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(d => d.CashTotal).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Ignore(d => d.Total);
        builder.HasOne<Domain.Documents.Document>().WithMany().HasForeignKey(d => d.SlipDocumentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.Number).IsUnique();
    }
}
