using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Events;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Subscriptions;

namespace CrmBlazor.Domain.Payments;

public sealed record SubscriptionLine(decimal Amount, DateOnly StartsOn, DateOnly EndsOn, int IssueCount);

/// <summary>A membership's fee paid by the payment (a pending membership, or a renewal), with its type's date rules.</summary>
public sealed record MembershipFeeLine(Membership Membership, MembershipPlan Plan, decimal Amount);

/// <summary>An event participation's fee paid by the payment.</summary>
public sealed record EventFeeLine(EventParticipation Participation, Event Event, decimal Amount);

/// <summary>What one payment pays for.</summary>
public sealed record PaymentLines(
    IReadOnlyList<decimal> Donations,
    IReadOnlyList<(Product Product, int Quantity)> OrderItems,
    IReadOnlyList<SubscriptionLine> Subscriptions)
{
    public IReadOnlyList<MembershipFeeLine> MembershipFees { get; init; } = [];

    public IReadOnlyList<EventFeeLine> EventFees { get; init; } = [];
}

public sealed record SplitPayment(IReadOnlyList<Donation> Donations, Order? Order, IReadOnlyList<Subscription> Subscriptions)
{
    public IReadOnlyList<MembershipFee> MembershipFees { get; init; } = [];

    public IReadOnlyList<EventFee> EventFees { get; init; } = [];
}

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


        // Paying a membership activates it: its status follows at once, as of the day the payment is entered.
        var enteredOn = DateOnly.FromDateTime(ParisTime.ToParis(payment.EnteredAt).DateTime);
        if (lines.MembershipFees.Select(l => l.Membership).Distinct().Count() != lines.MembershipFees.Count)
        {
            throw new DomainException("Une même adhésion ne se paie qu'une fois par encaissement.");
        }

        if (lines.EventFees.Select(l => l.Participation).Distinct().Count() != lines.EventFees.Count)
        {
            throw new DomainException("Une même inscription ne se paie qu'une fois par encaissement.");
        }

        var membershipFees = lines.MembershipFees.Select(l => l.Membership.Pay(payment, l.Amount, l.Plan, enteredOn)).ToList();
        var eventFees = lines.EventFees.Select(l => l.Participation.Pay(l.Event, payment, l.Amount)).ToList();

        var sum = donations.Sum(d => d.Amount) + (order?.Amount ?? 0) + subscriptions.Sum(s => s.Amount)
            + membershipFees.Sum(f => f.Amount) + eventFees.Sum(f => f.Amount);
        if (donations.Count == 0 && order is null && subscriptions.Count == 0 && membershipFees.Count == 0 && eventFees.Count == 0)
        {
            throw new DomainException("Indiquez ce que paie l'encaissement : un don, une commande, un abonnement, une adhésion ou une inscription.");
        }

        if (sum != payment.Amount)
        {
            throw new DomainException(
                $"La somme des lignes ({sum:N2} €) ne correspond pas au montant de l'encaissement ({payment.Amount:N2} €).");
        }

        return new SplitPayment(donations, order, subscriptions) { MembershipFees = membershipFees, EventFees = eventFees };
    }
}
