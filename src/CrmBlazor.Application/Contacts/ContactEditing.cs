using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>
/// Field-level optimistic concurrency for the contact row: an edit names the value it started from;
/// if someone saved another value meanwhile, nothing is written and the caller is shown the current one.
/// Edits of different parts (notepad, memos…) by two operators do not collide. The row version still
/// guards the instant between reading and writing.
/// </summary>
internal static class ContactEditing
{
    public static async Task<CommandResult> EditAsync<T>(
        IDbContextFactory<AppDbContext> dbFactory,
        long contactId,
        Func<Contact, T> read,
        T expected,
        Action<Contact> apply,
        Func<T, string> describe,
        CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var contact = await db.Contacts.FirstOrDefaultAsync(c => c.Id == contactId, ct);
            if (contact is null)
            {
                return CommandResult.Fail(Messages.Contact_NotFound);
            }

            var current = read(contact);
            if (!EqualityComparer<T>.Default.Equals(current, expected))
            {
                return CommandResult.Fail(string.Format(Messages.Contact_Conflict, describe(current)));
            }

            try
            {
                apply(contact);
                await db.SaveChangesAsync(ct);
                return CommandResult.Ok;
            }
            catch (DomainException ex)
            {
                return CommandResult.Fail(ex.Message);
            }
            catch (DbUpdateConcurrencyException) when (attempt == 0)
            {
                // Someone saved between our read and write: read again, and compare with what they wrote.
            }
        }
    }

    /// <summary>« (vide) » rather than an empty quote when the current value is blank.</summary>
    public static string Shown(string? value) => string.IsNullOrWhiteSpace(value) ? Messages.Contact_EmptyValue : value;
}
