using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Web.Components.Pages.Contacts;

/// <summary>What the operator types on the entry form, turned into an <see cref="EnterPaymentCommand"/> on save.</summary>
public sealed class PaymentEntryModel
{
    public PaymentMethod Method { get; set; } = PaymentMethod.Cheque;

    public decimal? Amount { get; set; }

    public DateTime? ReceivedOn { get; set; }

    public string? CampaignCode { get; set; }

    public string? ChequeBank { get; set; }

    public string? ChequeNumber { get; set; }

    public string? Drawer { get; set; }

    public long? BatchId { get; set; }

    /// <summary>Starts with one gift line: most payments are a single gift.</summary>
    public List<DonationLineModel> Donations { get; } = [new()];

    public List<OrderItemModel> OrderItems { get; } = [];

    public List<SubscriptionLineModel> Subscriptions { get; } = [];

    /// <summary>The lines as typed so far, the order at the catalogue's prices.</summary>
    public decimal LinesTotal(IReadOnlyList<ProductChoice> products) =>
        Donations.Sum(d => d.Amount ?? 0)
        + OrderItems.Sum(i => (products.FirstOrDefault(p => p.Id == i.ProductId)?.UnitPrice ?? 0) * Math.Max(0, i.Quantity ?? 0))
        + Subscriptions.Sum(s => s.Amount ?? 0);

    public bool IsBalanced(IReadOnlyList<ProductChoice> products) => Amount is > 0 && LinesTotal(products) == Amount;

    /// <summary>Blank lines (no amount, no product) are left out; half-filled ones go through for the validator to name.</summary>
    public EnterPaymentCommand ToCommand(long contactId) =>
        new(
            contactId,
            Method,
            Amount ?? 0,
            DateOnly.FromDateTime(ReceivedOn ?? DateTime.MinValue),
            string.IsNullOrWhiteSpace(CampaignCode) ? null : CampaignCode.Trim(),
            Method == PaymentMethod.Cheque ? ChequeBank : null,
            Method == PaymentMethod.Cheque ? ChequeNumber : null,
            Method == PaymentMethod.Cheque ? Drawer : null,
            Method.IsPhysical() ? BatchId : null)
        {
            Donations = Donations.Where(d => d.Amount is not null).Select(d => d.Amount!.Value).ToList(),
            OrderItems = OrderItems.Where(i => i.ProductId is not null).Select(i => new OrderItemInput(i.ProductId!.Value, i.Quantity ?? 0)).ToList(),
            Subscriptions = Subscriptions.Where(s => s.Amount is not null)
                .Select(s => new SubscriptionInput(s.Amount!.Value, DayOf(s.StartsOn), DayOf(s.EndsOn), s.IssueCount ?? 0)).ToList(),
        };

    private static DateOnly DayOf(DateTime? day) => DateOnly.FromDateTime(day ?? DateTime.MinValue);
}

public sealed class DonationLineModel
{
    public decimal? Amount { get; set; }
}

public sealed class OrderItemModel
{
    public long? ProductId { get; set; }

    public int? Quantity { get; set; } = 1;
}

public sealed class SubscriptionLineModel
{
    public decimal? Amount { get; set; }

    public DateTime? StartsOn { get; set; }

    public DateTime? EndsOn { get; set; }

    public int? IssueCount { get; set; }
}
