using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Batches;

/// <summary>Opens a batch for a bundle of cheques or cash, with the count and total written on the bundle.</summary>
public sealed record OpenBatchCommand(string Label, int ExpectedCount, decimal ExpectedTotal);

public sealed record OpenedBatch(long Id, long Number);

public sealed class OpenBatchValidator : AbstractValidator<OpenBatchCommand>
{
    public OpenBatchValidator()
    {
        RuleFor(c => c.Label).NotEmpty().WithMessage(Messages.Batch_LabelRequired)
            .MaximumLength(MoneyLimits.LabelMaxLength).WithMessage(string.Format(Messages.Batch_LabelTooLong, MoneyLimits.LabelMaxLength));
        RuleFor(c => c.ExpectedCount).GreaterThan(0).WithMessage(Messages.Batch_ExpectedCountInvalid);
        RuleFor(c => c.ExpectedTotal).Must(MoneyLimits.IsValidAmount).WithMessage(Messages.Batch_ExpectedTotalInvalid);
    }
}

public sealed class OpenBatchHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActorContext actor, IValidator<OpenBatchCommand> validator)
{
    public async Task<CommandResult<OpenedBatch>> HandleAsync(OpenBatchCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<OpenedBatch>();
        }

        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var batch = PaymentBatch.Open(command.Label, ParisTime.Today(clock), actor.Current.Name, command.ExpectedCount, command.ExpectedTotal);
            db.PaymentBatches.Add(batch);
            await db.SaveChangesAsync(ct);
            return CommandResult<OpenedBatch>.Ok(new OpenedBatch(batch.Id, batch.Number));
        }
        catch (DomainException ex)
        {
            return CommandResult<OpenedBatch>.Fail(ex.Message);
        }
    }
}
