using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Orders;
using CrmBlazor.Domain.Subscriptions;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Payments;

/// <summary>Cancels a payment and everything it paid for; <paramref name="Version"/> is the payment the operator saw.</summary>
public sealed record CancelPaymentCommand(long PaymentId, uint Version, string Reason);

public sealed class CancelPaymentValidator : AbstractValidator<CancelPaymentCommand>
{
    public CancelPaymentValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>
/// The correction of an entry, validated batch or not: the payment and its donations, order and subscriptions
/// are cancelled together with the reason (never deleted), then the right payment is entered anew.
/// </summary>
public sealed class CancelPaymentHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<CancelPaymentCommand> validator)
{
    public async Task<CommandResult> HandleAsync(CancelPaymentCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var payment = await db.Payments.FirstOrDefaultAsync(p => p.Id == command.PaymentId, ct);
        if (payment is null)
        {
            return CommandResult.Fail(Messages.Payment_Gone);
        }

        if (payment.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Payment_ChangedMeanwhile);
        }

        var today = ParisTime.Today(clock);
        try
        {
            payment.Cancel(command.Reason, today);
            var donations = await db.Donations.Where(d => d.PaymentId == payment.Id).ToListAsync(ct);
            foreach (var donation in donations.Where(d => d.Status is not (DonationStatus.Cancelled or DonationStatus.Refunded)))
            {
                donation.Cancel(command.Reason, today);
            }

            var orders = await db.Orders.Where(o => o.PaymentId == payment.Id).ToListAsync(ct);
            foreach (var order in orders.Where(o => o.Status != OrderStatus.Cancelled))
            {
                order.Cancel(command.Reason);
            }

            var subscriptions = await db.Subscriptions.Where(s => s.PaymentId == payment.Id).ToListAsync(ct);
            foreach (var subscription in subscriptions.Where(s => s.Status != SubscriptionStatus.Cancelled))
            {
                subscription.Cancel(command.Reason);
            }

            await UndoMembershipFeesAsync(db, payment.Id, command.Reason, today, ct);
            await UndoEventFeesAsync(db, payment.Id, command.Reason, ct);

            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Payment_ChangedMeanwhile);
        }
    }

    /// <summary>The memberships it paid get the dates (and status) they have without it; cards not printed yet are withdrawn.</summary>
    private static async Task UndoMembershipFeesAsync(AppDbContext db, long paymentId, string reason, DateOnly today, CancellationToken ct)
    {
        var fees = await db.MembershipFees.Where(f => f.PaymentId == paymentId && f.Status == MembershipFeeStatus.Active).ToListAsync(ct);
        if (fees.Count == 0)
        {
            return;
        }

        foreach (var fee in fees)
        {
            fee.Cancel(reason);
        }

        var feeIds = fees.Select(f => f.Id).ToList();
        foreach (var card in await db.MembershipCards.Where(c => feeIds.Contains(c.FeeId)).ToListAsync(ct))
        {
            card.Withdraw();
        }

        var membershipIds = fees.Select(f => f.MembershipId).Distinct().ToList();
        var memberships = await db.Memberships.Where(m => membershipIds.Contains(m.Id)).ToListAsync(ct);
        var remaining = await db.MembershipFees
            .Where(f => membershipIds.Contains(f.MembershipId) && f.Status == MembershipFeeStatus.Active && !feeIds.Contains(f.Id)).ToListAsync(ct);
        foreach (var membership in memberships.Where(m => m.Status != MembershipStatus.Cancelled))
        {
            membership.Recompute(remaining, today);
        }
    }

    /// <summary>The registrations it paid keep their seat but owe the fee again.</summary>
    private static async Task UndoEventFeesAsync(AppDbContext db, long paymentId, string reason, CancellationToken ct)
    {
        var fees = await db.EventFees.Where(f => f.PaymentId == paymentId && !f.IsCancelled).ToListAsync(ct);
        var ids = fees.Select(f => f.ParticipationId).ToList();
        foreach (var fee in fees)
        {
            fee.Cancel(reason);
        }

        foreach (var participation in await db.EventParticipations.Where(p => ids.Contains(p.Id)).ToListAsync(ct))
        {
            participation.Unpay();
        }
    }
}
