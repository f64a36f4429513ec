using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>Saving a new card or PayPal gift: the contact, its campaign (typed code, else as payment entry does), the unique reference.</summary>
internal static class ProviderGifts
{
    public static async Task<CommandResult<long>> StartAsync(
        IDbContextFactory<AppDbContext> dbFactory, long contactId, string? campaignCode, Func<long, RecurringGift> create, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contacts.AnyAsync(c => c.Id == contactId, ct))
        {
            return CommandResult<long>.Fail(Messages.Contact_NotFound);
        }

        var (campaign, campaignError) = await PaymentCampaigns.ResolveAsync(db, contactId, campaignCode, ct);
        if (campaign is null)
        {
            return CommandResult<long>.Fail(campaignError!);
        }

        try
        {
            var gift = create(campaign.Id);
            db.RecurringGifts.Add(gift);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(gift.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsProviderReferenceTaken())
        {
            return CommandResult<long>.Fail(Messages.Recurring_ProviderReferenceTaken);
        }
    }
}
