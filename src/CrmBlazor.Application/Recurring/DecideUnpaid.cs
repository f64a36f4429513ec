using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>What a Superviseur decides about an unpaid instalment.</summary>
public enum UnpaidDecision
{
    /// <summary>A temporary cause (insufficient funds): the gift goes on at its next due date.</summary>
    Postpone,

    /// <summary>The gift stays suspended, e.g. while the donor is called.</summary>
    KeepSuspended,

    /// <summary>The donor's wish, a closed account: the gift is cancelled with the reason.</summary>
    StopGift,
}

/// <summary><paramref name="Version"/> is the instalment the supervisor saw; <paramref name="Reason"/> is required to stop the gift.</summary>
public sealed record DecideUnpaidCommand(long InstalmentId, uint Version, UnpaidDecision Decision, string? Reason = null);

public sealed class DecideUnpaidValidator : AbstractValidator<DecideUnpaidCommand>
{
    public DecideUnpaidValidator()
    {
        RuleFor(c => c.Decision).IsInEnum();
        When(c => c.Decision == UnpaidDecision.StopGift, () => RuleFor(c => c.Reason!).ValidReason());
    }
}

/// <summary>The instalment's resolution and the gift's status change together, in one SaveChanges.</summary>
public sealed class DecideUnpaidHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<DecideUnpaidCommand> validator)
{
    public async Task<CommandResult> HandleAsync(DecideUnpaidCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var instalment = await db.Instalments.FirstOrDefaultAsync(i => i.DonationId == command.InstalmentId, ct);
        if (instalment is null)
        {
            return CommandResult.Fail(Messages.Unpaid_Gone);
        }

        if (instalment.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Unpaid_ChangedMeanwhile);
        }

        var gift = await db.RecurringGifts.SingleAsync(g => g.Id == instalment.RecurringGiftId, ct);
        var stopped = gift.Status is RecurringGiftStatus.Cancelled or RecurringGiftStatus.Ended;
        if (stopped && command.Decision != UnpaidDecision.StopGift)
        {
            return CommandResult.Fail(Messages.Unpaid_GiftStopped);
        }

        var today = ParisTime.Today(clock);
        try
        {
            switch (command.Decision)
            {
                case UnpaidDecision.Postpone:
                    instalment.Resolve(UnpaidResolution.Postponed, today);
                    if (gift.Status == RecurringGiftStatus.Suspended)
                    {
                        gift.Resume(today);
                    }

                    break;
                case UnpaidDecision.KeepSuspended:
                    instalment.Resolve(UnpaidResolution.Suspended, today);
                    if (gift.Status == RecurringGiftStatus.Active)
                    {
                        var why = string.IsNullOrWhiteSpace(command.Reason)
                            ? string.Format(Messages.Unpaid_SuspendedBecause, instalment.DueOn.ToString("dd/MM/yyyy"), instalment.FailureReason)
                            : command.Reason;
                        gift.Suspend(RecurringInputs.Fit(why), today);
                    }

                    break;
                case UnpaidDecision.StopGift:
                    instalment.Resolve(UnpaidResolution.Cancelled, today);
                    if (!stopped)
                    {
                        gift.Cancel(command.Reason!, today);
                    }

                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(command), command.Decision, null);
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
            return CommandResult.Fail(Messages.Unpaid_ChangedMeanwhile);
        }
    }
}
