using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Subscriptions;

namespace CrmBlazor.Domain.Payments;

public sealed record SubscriptionLine(decimal Amount, DateOnly StartsOn, DateOnly EndsOn, int IssueCount);

/// <summary>What one payment pays for.</summary>
public sealed record PaymentLines(
    IReadOnlyList<decimal> Donations,
    IReadOnlyList<(Product Product, int Quantity)> OrderItems,
    IReadOnlyList<SubscriptionLine> Subscriptions);

public sealed record SplitPayment(IReadOnlyList<Donation> Donations, Order? Order, IReadOnlyList<Subscription> Subscriptions);

/// <summary>Splits a payment into its donation, order and subscription lines, whose sum must be the payment.</summary>
public static class PaymentSplit
{
    public static SplitPayment Split(Payment payment, PaymentBatch? batch, PaymentLines lines)
    {
        var awaits = payment.AwaitsBatchValidation(batch);
        var donations = lines.Donations.Select(amount => Donation.FromPayment(payment, amount, awaits)).ToList();
        var order = lines.OrderItems.Count == 0 ? null : Order.FromPayment(payment, lines.OrderItems);
        var subscriptions = lines.Subscriptions
            .Select(s => Subscription.FromPayment(payment, s.Amount, s.StartsOn, s.EndsOn, s.IssueCount))
            .ToList();

        var sum = donations.Sum(d => d.Amount) + (order?.Amount ?? 0) + subscriptions.Sum(s => s.Amount);
        if (donations.Count == 0 && order is null && subscriptions.Count == 0)
        {
            throw new DomainException("Indiquez ce que paie l'encaissement : un don, une commande ou un abonnement.");
        }

        if (sum != payment.Amount)
        {
            throw new DomainException(
                $"La somme des lignes ({sum:N2} €) ne correspond pas au montant de l'encaissement ({payment.Amount:N2} €).");
        }

        return new SplitPayment(donations, order, subscriptions);
    }
}
