using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CrmBlazor.Infrastructure.Data.Configurations;

public sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.ToTable("products", t =>
        {
            t.HasCheckConstraint("ck_products_code_upper", "code = upper(btrim(code)) AND code <> ''");
            t.HasCheckConstraint("ck_products_price", "unit_price > 0");
        });
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).UseHiLo("products_hilo");
        builder.Property(p => p.Code).HasMaxLength(Product.CodeMaxLength).IsRequired();
        builder.Property(p => p.Name).HasMaxLength(Product.NameMaxLength).IsRequired();
        builder.Property(p => p.UnitPrice).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(p => p.Version).IsRowVersion();
        builder.HasIndex(p => p.Code).IsUnique();
    }
}

public sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.ToTable("orders", t =>
        {
            t.HasCheckConstraint("ck_orders_amount", "amount > 0");
            t.HasCheckConstraint("ck_orders_cancel_explained", "(status = 'Cancelled') = (cancel_reason IS NOT NULL)");
        });
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).UseHiLo("orders_hilo");
        builder.Property(o => o.Amount).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Property(o => o.CancelReason).HasMaxLength(MoneyLimits.ReasonMaxLength);
        builder.Property(o => o.Version).IsRowVersion();
        builder.Ignore(o => o.ContactPart);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(o => o.Lines).HasField("lines").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<Contact>().WithMany().HasForeignKey(o => o.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(o => o.CampaignId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Payment>().WithMany().HasForeignKey(o => o.PaymentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.ContactId, o.OrderedOn }).IsDescending(false, true);
        builder.HasIndex(o => o.PaymentId);
        builder.HasIndex(o => o.CampaignId);
    }
}

public sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.ToTable("order_lines", t =>
        {
            t.HasCheckConstraint("ck_order_lines_quantity", $"quantity BETWEEN 1 AND {OrderLine.MaxQuantity}");
            t.HasCheckConstraint("ck_order_lines_price", "unit_price > 0");
        });
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).UseHiLo("order_lines_hilo");
        builder.Property(l => l.ProductName).HasMaxLength(Product.NameMaxLength).IsRequired();
        builder.Property(l => l.UnitPrice).HasPrecision(MoneyLimits.Precision, MoneyLimits.Scale);
        builder.Ignore(l => l.LineTotal);
        builder.HasOne<Product>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.OrderId);
        builder.HasIndex(l => l.ProductId);
    }
}
