using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Infrastructure.Journal;

/// <summary>Writes journal lines for events that are not row changes: sign-ins, 2FA changes, job triggers.</summary>
public sealed class JournalWriter(IDbContextFactory<AppDbContext> dbFactory, ActorContext actor, TimeProvider clock)
{
    public Task RecordAsync(JournalAction action, string entityType, string? entityKey, string? detail, CancellationToken ct = default) =>
        RecordAsync(actor.Current, action, entityType, entityKey, detail, ct);

    public async Task RecordAsync(
        Actor who, JournalAction action, string entityType, string? entityKey, string? detail, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        db.JournalEntries.Add(JournalEntry.ForEvent(clock.GetUtcNow(), who, action, entityType, entityKey, detail));
        await db.SaveChangesAsync(ct);
    }
}
