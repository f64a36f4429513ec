using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Subscriptions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class SubscriptionConfiguration : IEntityTypeConfiguration<Subscription>
{
    public void Configure(EntityTypeBuilder<Subscription> builder)
    {
        builder.ToTable("subscriptions", t =>
        {
            t.HasCheckConstraint("ck_subscriptions_amount", "amount > 0");
            t.HasCheckConstraint("ck_subscriptions_dates", "ends_on >= starts_on");
            t.HasCheckConstraint("ck_subscriptions_issues", $"issue_count BETWEEN 1 AND {Subscription.MaxIssues}");
            t.HasCheckConstraint("ck_subscriptions_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
        });
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseHiLo("subscriptions_hilo");
        builder.Property(s => s.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(s => s.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(s => s.Version).IsRowVersion();
        builder.Ignore(s => s.ContactPart);
        builder.HasOne<Contact>().WithMany().HasForeignKey(s => s.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(s => s.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(s => s.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.ContactId, s.StartsOn }).IsDescending(false, true);
        builder.HasIndex(s => s.PaymentId);
        builder.HasIndex(s => s.EndsOn);
    }
}
