using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary><paramref name="Version"/> is the mandate the operator saw.</summary>
public sealed record RevokeMandateCommand(long MandateId, uint Version, string Reason);

public sealed class RevokeMandateValidator : AbstractValidator<RevokeMandateCommand>
{
    public RevokeMandateValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>The donor revoked the mandate (or the association closed it): nothing may be debited under it, so its running gifts are cancelled too.</summary>
public sealed class RevokeMandateHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<RevokeMandateCommand> validator)
{
    public async Task<CommandResult> HandleAsync(RevokeMandateCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mandate = await db.SepaMandates.FirstOrDefaultAsync(m => m.Id == command.MandateId, ct);
        if (mandate is null)
        {
            return CommandResult.Fail(Messages.Mandate_Gone);
        }

        if (mandate.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Mandate_ChangedMeanwhile);
        }

        var today = ParisTime.Today(clock);
        try
        {
            mandate.Revoke(command.Reason, today);
            var running = await db.RecurringGifts
                .Where(g => g.MandateId == mandate.Id && (g.Status == RecurringGiftStatus.Active || g.Status == RecurringGiftStatus.Suspended))
                .ToListAsync(ct);
            var giftReason = RecurringInputs.Fit(string.Format(Messages.Mandate_RevokedBecause, mandate.StatusReason));
            foreach (var gift in running)
            {
                gift.Cancel(giftReason, today);
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
            return CommandResult.Fail(Messages.Mandate_ChangedMeanwhile);
        }
    }
}
