using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

public sealed record AssignMarketingCodeCommand(long ContactId, long MarketingCodeId);

public sealed record RemoveMarketingCodeCommand(long ContactId, long MarketingCodeId);

/// <summary>Gives a contact one of the admin-managed marketing codes, or takes it away.</summary>
public sealed class ContactMarketingCodesHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult> AssignAsync(AssignMarketingCodeCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.MarketingCodes.AnyAsync(m => m.Id == command.MarketingCodeId && m.IsActive, ct))
        {
            return CommandResult.Fail(Messages.CodeList_Gone);
        }

        if (await db.ContactMarketingCodes.AnyAsync(m => m.ContactId == command.ContactId && m.MarketingCodeId == command.MarketingCodeId, ct))
        {
            return CommandResult.Ok;
        }

        db.ContactMarketingCodes.Add(ContactMarketingCode.Assign(command.ContactId, command.MarketingCodeId, ParisTime.Today(clock)));
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Someone gave the same code at the same moment: the contact has it, which is what was asked.
            return CommandResult.Ok;
        }
    }

    public async Task<CommandResult> RemoveAsync(RemoveMarketingCodeCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var assigned = await db.ContactMarketingCodes.FirstOrDefaultAsync(m => m.ContactId == command.ContactId && m.MarketingCodeId == command.MarketingCodeId, ct);
        if (assigned is not null)
        {
            db.ContactMarketingCodes.Remove(assigned);
            await db.SaveChangesAsync(ct);
        }

        return CommandResult.Ok;
    }
}
