using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Orders;

public enum OrderStatus
{
    Paid,
    Cancelled,
}

/// <summary>Goods a contact bought (commande), paid by a payment line; its amount is the sum of its lines.</summary>
public sealed class Order : IContactOwned
{
    private readonly List<OrderLine> lines = [];

    private Order()
    {
    }

    public long Id { get; private set; }

    public long ContactId { get; private set; }

    public long? PaymentId { get; private set; }

    public long CampaignId { get; private set; }

    public DateOnly OrderedOn { get; private set; }

    public decimal Amount { get; private set; }

    public OrderStatus Status { get; private set; }

    public string? CancelReason { get; private set; }

    public uint Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => lines;

    public string ContactPart => ContactParts.Orders;

    public static Order FromPayment(Payment payment, IEnumerable<(Product Product, int Quantity)> items)
    {
        var order = new Order
        {
            ContactId = payment.ContactId,
            PaymentId = payment.Id,
            CampaignId = payment.CampaignId,
            OrderedOn = payment.ReceivedOn,
            Status = OrderStatus.Paid,
        };
        foreach (var (product, quantity) in items)
        {
            order.lines.Add(OrderLine.For(product, quantity));
        }

        if (order.lines.Count == 0)
        {
            throw new DomainException("Une commande demande au moins un article.");
        }

        order.Amount = order.lines.Sum(l => l.LineTotal);
        return order;
    }

    public void Cancel(string reason)
    {
        if (Status == OrderStatus.Cancelled)
        {
            throw new DomainException("Cette commande est déjà annulée.");
        }

        CancelReason = Reasons.Require(reason);
        Status = OrderStatus.Cancelled;
    }
}

/// <summary>One product on an order, at the price of the day (kept even if the catalogue changes).</summary>
public sealed class OrderLine
{
    public const int MaxQuantity = 9999;

    private OrderLine()
    {
    }

    public long Id { get; private set; }

    public long OrderId { get; private set; }

    public long ProductId { get; private set; }

    public string ProductName { get; private set; } = "";

    public int Quantity { get; private set; }

    public decimal UnitPrice { get; private set; }

    public decimal LineTotal => Quantity * UnitPrice;

    internal static OrderLine For(Product product, int quantity)
    {
        if (!product.IsActive)
        {
            throw new DomainException($"L'article {product.Code} n'est plus au catalogue.");
        }

        if (quantity is <= 0 or > MaxQuantity)
        {
            throw new DomainException($"La quantité doit être entre 1 et {MaxQuantity}.");
        }

        return new OrderLine { ProductId = product.Id, ProductName = product.Name, Quantity = quantity, UnitPrice = product.UnitPrice };
    }
}
