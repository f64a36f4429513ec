using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Mail;

public sealed record OutboxRow(
    long Id, DateTimeOffset QueuedAt, string ToAddress, string Subject, OutboxStatus Status, int Attempts, string? LastError,
    DateTimeOffset? SentAt, long? ContactId, string? ContactName, long? AttachmentDocumentId, DateTimeOffset NextAttemptAt);

public sealed record OutboxCounts(int Queued, int Sent, int Failed);

/// <summary>The outbox as staff see it: what waits, what went, what failed and why.</summary>
public sealed class OutboxListHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<OutboxRow>> HandleAsync(OutboxStatus? status, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var messages = db.OutboxMessages.AsNoTracking().Where(m => status == null || m.Status == status);
        var total = await messages.CountAsync(ct);
        var rows = await messages
            .OrderByDescending(m => m.QueuedAt).ThenByDescending(m => m.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(m => new OutboxRow(
                m.Id, m.QueuedAt, m.ToAddress, m.Subject, m.Status, m.Attempts, m.LastError, m.SentAt, m.ContactId,
                db.Contacts.Where(c => c.Id == m.ContactId).Select(c => c.LastName ?? c.OrganisationName).FirstOrDefault(),
                m.AttachmentDocumentId, m.NextAttemptAt))
            .ToListAsync(ct);
        return new PagedResult<OutboxRow>(rows, total);
    }

    public async Task<OutboxCounts> CountsAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Of(OutboxStatus s) => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0;
        return new OutboxCounts(Of(OutboxStatus.Queued), Of(OutboxStatus.Sent), Of(OutboxStatus.Failed));
    }
}
