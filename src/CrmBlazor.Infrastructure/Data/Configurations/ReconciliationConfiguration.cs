using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class BankStatementLineConfiguration : IEntityTypeConfiguration<BankStatementLine>
{
    public void Configure(EntityTypeBuilder<BankStatementLine> builder)
    {
        builder.ToTable("bank_statement_lines", t =>
        {
            t.HasCheckConstraint("ck_bank_statement_lines_amount", "amount <> 0");
            t.HasCheckConstraint("ck_bank_statement_lines_matched", "(settlement_id IS NULL) = (matched_on IS NULL) AND (settlement_id IS NULL OR amount > 0)");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseIdentityAlwaysColumn();
        builder.Property(l => l.Label).HasMaxLength(BankStatementLine.LabelMaxLength).IsRequired();
        builder.Property(l => l.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Ignore(l => l.IsCredit);
        builder.HasOne<ProviderImport>().WithMany().HasForeignKey(l => l.ImportId).OnDelete(DeleteBehavior.Restrict);
        // No foreign key back to provider_settlements: the link is the settlement's bank_line_id (a foreign key), and a
        // cycle of foreign keys would stop the tests' Respawn reset. This copy, unique, is set by the same domain call.
        builder.HasIndex(l => new { l.ImportId, l.LineNumber }).IsUnique();
        builder.HasIndex(l => l.SettlementId).IsUnique().HasFilter("settlement_id IS NOT NULL");
        builder.HasIndex(l => l.BookedOn).HasFilter("settlement_id IS NULL AND amount > 0").HasDatabaseName("ix_bank_statement_lines_unmatched_credits");
    }
}

public sealed class ProviderSettlementConfiguration : IEntityTypeConfiguration<ProviderSettlement>
{
    public void Configure(EntityTypeBuilder<ProviderSettlement> builder)
    {
        builder.ToTable("provider_settlements", t =>
        {
            t.HasCheckConstraint("ck_provider_settlements_net", "net = gross - fee");
            t.HasCheckConstraint(
                "ck_provider_settlements_source",
                "(channel = 'DirectDebit' AND sepa_file_id IS NOT NULL AND collect_on IS NOT NULL AND import_id IS NULL)"
                + " OR (channel <> 'DirectDebit' AND import_id IS NOT NULL AND sepa_file_id IS NULL AND collect_on IS NULL)");
            t.HasCheckConstraint("ck_provider_settlements_matched", "(bank_line_id IS NULL) = (matched_on IS NULL)");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseIdentityAlwaysColumn();
        builder.Property(s => s.Reference).HasMaxLength(ProviderSettlement.ReferenceMaxLength).IsRequired();
        builder.Property(s => s.Gross).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(s => s.Fee).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(s => s.Net).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Ignore(s => s.ExpectedCredit);
        builder.HasOne<ProviderImport>().WithMany().HasForeignKey(s => s.ImportId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Document>().WithMany().HasForeignKey(s => s.SepaFileId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<BankStatementLine>().WithMany().HasForeignKey(s => s.BankLineId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(i => i.SettlementId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(s => new { s.Channel, s.Reference }).IsUnique();
        builder.HasIndex(s => new { s.SepaFileId, s.CollectOn }).IsUnique().HasFilter("sepa_file_id IS NOT NULL");
        builder.HasIndex(s => s.BankLineId).IsUnique().HasFilter("bank_line_id IS NOT NULL");
        builder.HasIndex(s => s.ImportId);
    }
}

public sealed class SettlementItemConfiguration : IEntityTypeConfiguration<SettlementItem>
{
    public void Configure(EntityTypeBuilder<SettlementItem> builder)
    {
        builder.ToTable("provider_settlement_items");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).UseIdentityAlwaysColumn();
        builder.Property(i => i.TransactionId).HasMaxLength(ProviderTransaction.TransactionIdMaxLength).IsRequired();
        builder.Property(i => i.Gross).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(i => i.Fee).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.HasIndex(i => new { i.SettlementId, i.TransactionId }).IsUnique();
        builder.HasIndex(i => i.TransactionId);
    }
}
