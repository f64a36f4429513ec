using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Donations;

/// <summary>What can happen to a gift after it was entered; each needs a reason.</summary>
public enum DonationChange
{
    Cancel,
    Refund,
    MarkUnpaid,
}

/// <summary><paramref name="Version"/> is the donation the operator saw.</summary>
public sealed record ChangeDonationStatusCommand(long DonationId, uint Version, DonationChange Change, string Reason);

public sealed class ChangeDonationStatusValidator : AbstractValidator<ChangeDonationStatusCommand>
{
    public ChangeDonationStatusValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>Cancels, refunds or marks unpaid one gift; the donation's own rules say which move is allowed from where.</summary>
public sealed class ChangeDonationStatusHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<ChangeDonationStatusCommand> validator)
{
    public async Task<CommandResult> HandleAsync(ChangeDonationStatusCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var donation = await db.Donations.FirstOrDefaultAsync(d => d.Id == command.DonationId, ct);
        if (donation is null)
        {
            return CommandResult.Fail(Messages.Donation_Gone);
        }

        if (donation.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Donation_ChangedMeanwhile);
        }

        var today = ParisTime.Today(clock);
        try
        {
            switch (command.Change)
            {
                case DonationChange.Cancel:
                    donation.Cancel(command.Reason, today);
                    break;
                case DonationChange.Refund:
                    donation.Refund(command.Reason, today);
                    break;
                case DonationChange.MarkUnpaid:
                    donation.MarkUnpaid(command.Reason, today);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(command), command.Change, null);
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
            return CommandResult.Fail(Messages.Donation_ChangedMeanwhile);
        }
    }
}
