using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Donations;
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
}
