using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Common;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary><paramref name="Version"/> is the gift the operator saw.</summary>
public sealed record CancelRecurringGiftCommand(long GiftId, uint Version, string Reason);

public sealed class CancelRecurringGiftValidator : AbstractValidator<CancelRecurringGiftCommand>
{
    public CancelRecurringGiftValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>Stops a gift for good (the donor's wish, a closed account): it never falls due again.</summary>
public sealed class CancelRecurringGiftHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<CancelRecurringGiftCommand> validator)
{
    public async Task<CommandResult> HandleAsync(CancelRecurringGiftCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        return validation.IsValid
            ? await RecurringGiftStatusChanges.ApplyAsync(dbFactory, command.GiftId, command.Version, gift => gift.Cancel(command.Reason, ParisTime.Today(clock)), ct)
            : validation.ToCommandResult();
    }
}
