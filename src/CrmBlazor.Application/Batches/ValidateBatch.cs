using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Batches;

/// <summary>A supervisor validates a batch as seen on screen (<paramref name="Version"/>).</summary>
public sealed record ValidateBatchCommand(long BatchId, uint Version);

/// <summary>How many pending gifts of the batch became collected.</summary>
public sealed record ValidatedBatch(long Number, int CollectedDonations);

/// <summary>
/// Validates a batch when what was entered matches what was announced, and in the same transaction collects its
/// pending gifts: from then on they count (donor summaries, receipts) and nothing can be added to the batch.
/// </summary>
public sealed class ValidateBatchHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActorContext actor)
{
    public async Task<CommandResult<ValidatedBatch>> HandleAsync(ValidateBatchCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var (batch, error) = await BatchEditing.LoadAsync(db, command.BatchId, command.Version, ct, lockRow: true);
        if (batch is null)
        {
            return CommandResult<ValidatedBatch>.Fail([.. error!.Errors]);
        }

        var entered = db.Payments.Where(p => p.BatchId == batch.Id && p.Status != PaymentStatus.Cancelled);
        var count = await entered.CountAsync(ct);
        var total = await entered.SumAsync(p => p.Amount, ct);
        try
        {
            batch.Validate(count, total, actor.Current.Name, clock.GetUtcNow());
            var today = ParisTime.Today(clock);
            var pending = await db.Donations
                .Where(d => d.Status == DonationStatus.Pending && entered.Any(p => p.Id == d.PaymentId))
                .ToListAsync(ct);
            foreach (var donation in pending)
            {
                donation.Collect(today);
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommandResult<ValidatedBatch>.Ok(new ValidatedBatch(batch.Number, pending.Count));
        }
        catch (DomainException ex)
        {
            return CommandResult<ValidatedBatch>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<ValidatedBatch>.Fail(string.Format(Messages.Batch_ChangedMeanwhile, batch.Number));
        }
    }
}
