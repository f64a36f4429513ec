using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>Loads the gift the operator saw, applies one status move, saves: what suspend, resume and cancel share.</summary>
internal static class RecurringGiftStatusChanges
{
    public static async Task<CommandResult> ApplyAsync(
        IDbContextFactory<AppDbContext> dbFactory, long giftId, uint version, Action<RecurringGift> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var gift = await db.RecurringGifts.FirstOrDefaultAsync(g => g.Id == giftId, ct);
        if (gift is null)
        {
            return CommandResult.Fail(Messages.Recurring_Gone);
        }

        if (gift.Version != version)
        {
            return CommandResult.Fail(Messages.Recurring_ChangedMeanwhile);
        }

        try
        {
            change(gift);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Recurring_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.IsMoneyInvariant())
        {
            return CommandResult.Fail(Messages.Recurring_ChangedMeanwhile);
        }
    }
}
