using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Journal;

/// <summary>Filters of the journal page. Days are Paris calendar days, both ends included.</summary>
public sealed record ListJournalQuery(
    string? Actor = null,
    string? EntityType = null,
    string? EntityKey = null,
    JournalAction? Action = null,
    DateOnly? From = null,
    DateOnly? To = null,
    PageRequest? Page = null,
    long? ContactId = null);

public sealed record JournalRow(
    long Id,
    DateTimeOffset OccurredAt,
    string ActorName,
    JournalAction Action,
    string EntityType,
    string? EntityKey,
    IReadOnlyList<FieldChange> Changes,
    string? Detail);

public sealed class ListJournalHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<JournalRow>> HandleAsync(ListJournalQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = Filter(db.JournalEntries.AsNoTracking(), query);
        var page = query.Page ?? new PageRequest(0, 50);

        var total = await entries.CountAsync(ct);
        var rows = await entries
            .OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(e => new JournalRow(e.Id, e.OccurredAt, e.ActorName, e.Action, e.EntityType, e.EntityKey, e.Changes, e.Detail))
            .ToListAsync(ct);
        return new PagedResult<JournalRow>(rows, total);
    }

    private static IQueryable<JournalEntry> Filter(IQueryable<JournalEntry> entries, ListJournalQuery query)
    {
        if (!string.IsNullOrWhiteSpace(query.Actor))
        {
            var pattern = $"%{query.Actor.Trim()}%";
            entries = entries.Where(e => EF.Functions.ILike(e.ActorName, pattern));
        }

        if (!string.IsNullOrWhiteSpace(query.EntityType))
        {
            entries = entries.Where(e => e.EntityType == query.EntityType);
        }

        if (!string.IsNullOrWhiteSpace(query.EntityKey))
        {
            entries = entries.Where(e => e.EntityKey == query.EntityKey);
        }

        if (query.ContactId is { } contactId)
        {
            entries = entries.Where(e => e.ContactId == contactId);
        }

        if (query.Action is { } action)
        {
            entries = entries.Where(e => e.Action == action);
        }

        if (query.From is { } from)
        {
            var start = ParisTime.StartOfDay(from);
            entries = entries.Where(e => e.OccurredAt >= start);
        }

        if (query.To is { } to)
        {
            var end = ParisTime.StartOfDay(to.AddDays(1));
            entries = entries.Where(e => e.OccurredAt < end);
        }

        return entries;
    }
}

/// <summary>The entity types that appear in the journal, for the page's filter list.</summary>
public sealed class JournalEntityTypesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<string>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.JournalEntries.AsNoTracking().Select(e => e.EntityType).Distinct().OrderBy(t => t).ToListAsync(ct);
    }
}
