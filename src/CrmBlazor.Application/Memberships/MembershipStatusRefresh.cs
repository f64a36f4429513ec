using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Memberships;

/// <summary>
/// Brings stored statuses to today's date (new → current → grace → expired), a chunk at a time. Only memberships that
/// count as a member can move with the date: pending, expired and cancelled ones change only through an action.
/// Saved through EF, so every change is journaled on its contact and the open records refresh.
/// </summary>
public sealed class MembershipStatusRefresh(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public const int ChunkSize = 1000;

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        var today = ParisTime.Today(clock);
        var changed = 0;
        long after = 0;
        while (true)
        {
            ct.ThrowIfCancellationRequested();
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var chunk = await db.Memberships
                .Where(m => m.Id > after && MembershipStatuses.Member.Contains(m.Status))
                .OrderBy(m => m.Id).Take(ChunkSize).ToListAsync(ct);
            if (chunk.Count == 0)
            {
                return changed;
            }

            changed += chunk.Count(m => m.RefreshStatus(today));
            await db.SaveChangesAsync(ct);
            after = chunk[^1].Id;
        }
    }
}
