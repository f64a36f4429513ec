using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class SmtpSettingsConfiguration : IEntityTypeConfiguration<SmtpSettings>
{
    public void Configure(EntityTypeBuilder<SmtpSettings> builder)
    {
        builder.ToTable("smtp_settings", t =>
        {
            t.HasCheckConstraint("ck_smtp_settings_single_row", $"id = {SmtpSettings.SingletonId}");
            t.HasCheckConstraint("ck_smtp_settings_port", "port BETWEEN 1 AND 65535");
            t.HasCheckConstraint("ck_smtp_settings_password_needs_account", "protected_password IS NULL OR account IS NOT NULL");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.Property(s => s.Host).HasMaxLength(SmtpLimits.HostMaxLength).IsRequired();
        builder.Property(s => s.Account).HasMaxLength(SmtpLimits.AccountMaxLength);
        builder.Property(s => s.ProtectedPassword).HasMaxLength(SmtpLimits.ProtectedPasswordMaxLength);
        builder.Property(s => s.SenderAddress).HasMaxLength(OutboxMessage.AddressMaxLength).IsRequired();
        builder.Property(s => s.SenderName).HasMaxLength(SmtpLimits.SenderNameMaxLength).IsRequired();
        builder.Property(s => s.Version).IsRowVersion();
    }
}

public sealed class EmailEventConfiguration : IEntityTypeConfiguration<EmailEvent>
{
    public void Configure(EntityTypeBuilder<EmailEvent> builder)
    {
        builder.ToTable("email_events", t =>
        {
            t.HasCheckConstraint("ck_email_events_bounce_classified", "(kind = 'Bounce') = (bounce IS NOT NULL)");
            t.HasCheckConstraint("ck_email_events_lower_case", "address = lower(btrim(address))");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).UseHiLo("email_events_hilo");
        builder.Property(e => e.Address).HasMaxLength(EmailEventLimits.AddressMaxLength).IsRequired();
        builder.Property(e => e.Detail).HasMaxLength(EmailEventLimits.DetailMaxLength);
        builder.Property(e => e.Source).HasMaxLength(EmailEventLimits.SourceMaxLength).IsRequired();
        builder.Ignore(e => e.ContactPart);
        builder.HasOne<Contact>().WithMany().HasForeignKey(e => e.ContactId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(e => e.CampaignId).OnDelete(DeleteBehavior.Restrict);

        // One row per event: the same export or bounce read twice adds nothing.
        builder.HasIndex(e => new { e.ContactId, e.Address, e.Kind, e.OccurredAt, e.CampaignId }).IsUnique().AreNullsDistinct(false)
            .HasDatabaseName("ux_email_events_once");
        builder.HasIndex(e => new { e.ContactId, e.OccurredAt });
        builder.HasIndex(e => e.CampaignId);
    }
}
