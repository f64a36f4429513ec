using System.Runtime.CompilerServices;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmBlazor.Infrastructure.Notifications;

/// <summary>
/// Announces every saved change to a contact's record on <c>contact:{id}</c>, whoever made it (a page,
/// a job). The NOTIFY runs on the saving connection: inside an explicit transaction PostgreSQL delivers
/// it only at commit, so no screen reloads before the data is there.
/// </summary>
public sealed class ContactChangeInterceptor(ActorContext actor) : SaveChangesInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Dictionary<long, SortedSet<string>>> _pending = new();

    public static string Topic(long contactId) => $"contact:{contactId}";

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        foreach (var (sql, parameters) in Notices(eventData.Context))
        {
            eventData.Context!.Database.ExecuteSqlRaw(sql, parameters);
        }

        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        foreach (var (sql, parameters) in Notices(eventData.Context))
        {
            await eventData.Context!.Database.ExecuteSqlRawAsync(sql, parameters, cancellationToken);
        }

        return result;
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        if (eventData.Context is not null)
        {
            _pending.Remove(eventData.Context);
        }
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        SaveChangesFailed(eventData);
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changes = new Dictionary<long, SortedSet<string>>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
            {
                continue;
            }

            switch (entry.Entity)
            {
                case Contact contact:
                    var parts = entry.State == EntityState.Modified
                        ? entry.Properties.Where(p => p.IsModified).Select(p => Contact.PartOf(p.Metadata.Name))
                        : [ContactParts.Identity];
                    Add(changes, contact.Id, parts);
                    break;
                case IContactPair pair:
                    Add(changes, pair.ContactId, [pair.ContactPart]);
                    Add(changes, pair.OtherContactId, [pair.ContactPart]);
                    break;
                case IContactOwned owned:
                    Add(changes, owned.ContactId, [owned.ContactPart]);
                    break;
                case Domain.Mail.OutboxMessage { ContactId: { } messageContactId }:
                    // An email's state shows in the record's Documents tab.
                    Add(changes, messageContactId, [ContactParts.Documents]);
                    break;
            }
        }

        if (changes.Count > 0)
        {
            _pending.AddOrUpdate(context, changes);
        }
    }

    private List<(string Sql, object[] Parameters)> Notices(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var changes))
        {
            return [];
        }

        _pending.Remove(context);
        return changes
            .Select(c => ("SELECT pg_notify({0}, {1})", new object[]
            {
                PgChangeNotifier.Channel,
                PgChangeNotifier.Serialize(new ChangeNotice(Topic(c.Key), string.Join(',', c.Value), actor.Current.Name)),
            }))
            .ToList();
    }

    private static void Add(Dictionary<long, SortedSet<string>> changes, long contactId, IEnumerable<string> parts)
    {
        if (!changes.TryGetValue(contactId, out var set))
        {
            changes[contactId] = set = [];
        }

        set.UnionWith(parts);
    }
}
