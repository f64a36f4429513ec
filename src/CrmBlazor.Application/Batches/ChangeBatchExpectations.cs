using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Batches;

/// <summary>Corrects the announced count and total of an open batch; <paramref name="Version"/> is the batch the operator saw.</summary>
public sealed record ChangeBatchExpectationsCommand(long BatchId, uint Version, int ExpectedCount, decimal ExpectedTotal);

public sealed class ChangeBatchExpectationsValidator : AbstractValidator<ChangeBatchExpectationsCommand>
{
    public ChangeBatchExpectationsValidator()
    {
        RuleFor(c => c.ExpectedCount).GreaterThan(0).WithMessage(Messages.Batch_ExpectedCountInvalid);
        RuleFor(c => c.ExpectedTotal).Must(MoneyLimits.IsValidAmount).WithMessage(Messages.Batch_ExpectedTotalInvalid);
    }
}

public sealed class ChangeBatchExpectationsHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<ChangeBatchExpectationsCommand> validator)
{
    public async Task<CommandResult> HandleAsync(ChangeBatchExpectationsCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (batch, error) = await BatchEditing.LoadAsync(db, command.BatchId, command.Version, ct);
        if (batch is null)
        {
            return error!;
        }

        try
        {
            batch.ChangeExpectations(command.ExpectedCount, command.ExpectedTotal);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(string.Format(Messages.Batch_ChangedMeanwhile, batch.Number));
        }
    }
}

internal static class BatchEditing
{
    /// <summary>
    /// The batch as the staff member saw it, locked until the transaction ends when <paramref name="lockRow"/> is set
    /// (a payment being entered into it waits, and one entered a moment earlier is counted); or the French reason why not.
    /// </summary>
    public static async Task<(PaymentBatch? Batch, CommandResult? Error)> LoadAsync(
        AppDbContext db, long id, uint version, CancellationToken ct, bool lockRow = false)
    {
        var batch = lockRow
            ? (await db.PaymentBatches.FromSql($"SELECT *, xmin FROM payment_batches WHERE id = {id} FOR UPDATE").ToListAsync(ct)).SingleOrDefault()
            : await db.PaymentBatches.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (batch is null)
        {
            return (null, CommandResult.Fail(Messages.Batch_Unknown));
        }

        return batch.Version == version ? (batch, null) : (null, CommandResult.Fail(string.Format(Messages.Batch_ChangedMeanwhile, batch.Number)));
    }
}
