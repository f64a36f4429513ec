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

    /// <summary>One line per membership the contact can pay (pending or to renew), ticked to pay it.</summary>
    public List<FeeLineModel> MembershipFees { get; } = [];

    /// <summary>One line per event registration whose fee is due, ticked to pay it.</summary>
    public List<FeeLineModel> EventFees { get; } = [];

    /// <summary>The lines as typed so far, the order at the catalogue's prices.</summary>
    public decimal LinesTotal(IReadOnlyList<ProductChoice> products) =>
        Donations.Sum(d => d.Amount ?? 0)
        + OrderItems.Sum(i => (products.FirstOrDefault(p => p.Id == i.ProductId)?.UnitPrice ?? 0) * Math.Max(0, i.Quantity ?? 0))
        + Subscriptions.Sum(s => s.Amount ?? 0)
        + MembershipFees.Concat(EventFees).Where(f => f.Selected).Sum(f => f.Amount ?? 0);

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
            MembershipFees = MembershipFees.Where(f => f.Selected).Select(f => new MembershipFeeInput(f.Id, f.Amount ?? 0)).ToList(),
            EventFees = EventFees.Where(f => f.Selected).Select(f => new EventFeeInput(f.Id, f.Amount ?? 0)).ToList(),
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

/// <summary>A fee the payment may pay: a membership or an event registration, its amount offered from the tariff.</summary>
public sealed class FeeLineModel
{
    public long Id { get; init; }

    public string Label { get; init; } = "";

    public bool Selected { get; set; }

    public decimal? Amount { get; set; }
}
