using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Common;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary><paramref name="Version"/> is the gift the operator saw.</summary>
public sealed record SuspendRecurringGiftCommand(long GiftId, uint Version, string Reason);

public sealed class SuspendRecurringGiftValidator : AbstractValidator<SuspendRecurringGiftCommand>
{
    public SuspendRecurringGiftValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>Suspends an active gift (donor's request, doubt about the card): no instalment until it resumes.</summary>
public sealed class SuspendRecurringGiftHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<SuspendRecurringGiftCommand> validator)
{
    public async Task<CommandResult> HandleAsync(SuspendRecurringGiftCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        return validation.IsValid
            ? await RecurringGiftStatusChanges.ApplyAsync(dbFactory, command.GiftId, command.Version, gift => gift.Suspend(command.Reason, ParisTime.Today(clock)), ct)
            : validation.ToCommandResult();
    }
}
