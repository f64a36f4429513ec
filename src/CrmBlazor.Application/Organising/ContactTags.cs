using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Organising;

public sealed record ContactTagRow(long TagId, string Code, string Label, DateOnly Since);

/// <summary>Puts a tag on contacts or takes it off: the record passes one contact, a later bulk action many.</summary>
public sealed record TagContactsCommand(IReadOnlyCollection<long> ContactIds, long TagId);

public sealed class ContactTagsHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<IReadOnlyList<ContactTagRow>> ListAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ContactTags.AsNoTracking().Where(t => t.ContactId == contactId)
            .Join(db.Tags, assigned => assigned.TagId, t => t.Id, (assigned, tag) => new { tag.Id, tag.Code, tag.Label, assigned.Since })
            .OrderBy(t => t.Label)
            .Select(t => new ContactTagRow(t.Id, t.Code, t.Label, t.Since))
            .ToListAsync(ct);
    }

    /// <summary>Contacts that already carry the tag are left as they are.</summary>
    public async Task<CommandResult<int>> AddAsync(TagContactsCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Tags.AnyAsync(t => t.Id == command.TagId && t.IsActive, ct))
        {
            return CommandResult<int>.Fail(Messages.CodeList_Gone);
        }

        var ids = command.ContactIds.Distinct().ToList();
        var tagged = await db.ContactTags.Where(t => t.TagId == command.TagId && ids.Contains(t.ContactId)).Select(t => t.ContactId).ToListAsync(ct);
        var today = ParisTime.Today(clock);
        var added = ids.Except(tagged).Select(id => ContactTag.Put(id, command.TagId, today)).ToList();
        db.ContactTags.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<int>.Ok(added.Count);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Someone tagged the same contact at the same moment: try again and it will be skipped.
            return CommandResult<int>.Fail(Messages.Tag_TaggedMeanwhile);
        }
    }

    public async Task<CommandResult<int>> RemoveAsync(TagContactsCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = command.ContactIds.Distinct().ToList();
        var tagged = await db.ContactTags.Where(t => t.TagId == command.TagId && ids.Contains(t.ContactId)).ToListAsync(ct);
        db.ContactTags.RemoveRange(tagged);
        await db.SaveChangesAsync(ct);
        return CommandResult<int>.Ok(tagged.Count);
    }
}
