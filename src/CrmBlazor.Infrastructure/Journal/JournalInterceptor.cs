using System.Reflection;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data.Configurations;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace CrmBlazor.Infrastructure.Journal;

/// <summary>
/// Adds a journal row for every inserted, updated or deleted domain row to the same SaveChanges,
/// so the change and its journal line commit or fail together.
/// </summary>
public sealed class JournalInterceptor(ActorContext actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is not null)
        {
            Record(eventData.Context);
        }

        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is not null)
        {
            Record(eventData.Context);
        }

        return ValueTask.FromResult(result);
    }

    private void Record(DbContext context)
    {
        context.ChangeTracker.DetectChanges();
        var now = clock.GetUtcNow();
        var lines = new List<JournalEntry>();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.Entity is JournalEntry && entry.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException("Journal rows are never modified or deleted.");
            }

            if (entry.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && IsJournaled(entry))
            {
                var line = Describe(entry, now);
                if (line is not null)
                {
                    lines.Add(line);
                }
            }
        }

        context.Set<JournalEntry>().AddRange(lines);
    }

    private JournalEntry? Describe(EntityEntry entry, DateTimeOffset now)
    {
        var properties = entry.Properties.Where(p => !IsNoise(p.Metadata.Name)).ToList();
        var (action, fields) = entry.State switch
        {
            EntityState.Added => (JournalAction.Created, properties.Select(p => (p.Metadata.Name, (object?)null, p.CurrentValue))),
            EntityState.Deleted => (JournalAction.Deleted, properties.Select(p => (p.Metadata.Name, p.OriginalValue, (object?)null))),
            _ => (JournalAction.Updated, properties.Where(p => p.IsModified).Select(p => (p.Metadata.Name, p.OriginalValue, p.CurrentValue))),
        };
        var changes = JournalValue.Diff(fields);
        if (action == JournalAction.Updated && changes.Count == 0)
        {
            return null;
        }

        var key = entry.Metadata.FindPrimaryKey()?.Properties
            .Select(p => JournalValue.Format(p.Name, entry.Property(p.Name).CurrentValue) ?? "")
            ?? [];
        return JournalEntry.ForChange(now, actor.Current, action, EntityName(entry), string.Join("|", key), changes, ContactOf(entry.Entity));
    }

    private static long? ContactOf(object entity) => entity switch
    {
        Contact contact => contact.Id,
        IContactOwned owned => owned.ContactId,
        Domain.Mail.OutboxMessage message => message.ContactId,
        _ => null,
    };

    private static string EntityName(EntityEntry entry) => entry.Metadata.GetTableName() ?? entry.Metadata.ShortName();

    private static bool IsJournaled(EntityEntry entry)
    {
        var type = entry.Metadata.ClrType;
        if (type.GetCustomAttribute<NotJournaledAttribute>() is not null || type == typeof(DataProtectionKey))
        {
            return false;
        }

        // Authenticator keys and recovery codes are secrets; their changes are journaled as 2FA events instead.
        return type != typeof(IdentityUserToken<Guid>);
    }

    /// <summary>Bookkeeping columns that change on every write and tell a reader nothing.</summary>
    private static bool IsNoise(string property) =>
        property is "ConcurrencyStamp" or "Version" or ContactConfiguration.SearchName or ContactConfiguration.SearchNameFirstLast or "NormalizedEmail" or "NormalizedUserName" or "NormalizedName" or "xmin"
            // The SMTP password's ciphertext: its change is journaled, never its value.
            or nameof(Domain.Mail.SmtpSettings.ProtectedPassword);
}
