using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Organising;

public sealed record GroupRow(long Id, string Name, string? Description, int Members, uint Version);

/// <summary>A member with what they did lately: the group page shows people and their interactions together.</summary>
public sealed record GroupMemberRow(
    long ContactId, long MemberNumber, string DisplayName, string? PostalCode, string? City, DateOnly Since,
    DateOnly? LastGiftOn, decimal? LastGiftAmount, decimal? LifetimeTotal, string? LastCampaignReceived, DateOnly? LastReceivedOn);

public sealed record SaveGroupCommand(long? Id, uint Version, string Name, string? Description);

public sealed record GroupMembershipCommand(long GroupId, IReadOnlyCollection<long> ContactIds);

public sealed record ContactGroupRow(long GroupId, string Name, DateOnly Since);

public sealed class SaveGroupValidator : AbstractValidator<SaveGroupCommand>
{
    public SaveGroupValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(Messages.Group_NameRequired)
            .MaximumLength(OrganisingLimits.GroupNameMaxLength).WithMessage(string.Format(Messages.Group_NameTooLong, OrganisingLimits.GroupNameMaxLength));
        RuleFor(c => c.Description).MaximumLength(OrganisingLimits.GroupDescriptionMaxLength)
            .WithMessage(string.Format(Messages.Group_DescriptionTooLong, OrganisingLimits.GroupDescriptionMaxLength));
    }
}

public sealed class ListGroupsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<GroupRow>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ContactGroups.AsNoTracking().OrderBy(g => g.Name)
            .Select(g => new GroupRow(g.Id, g.Name, g.Description, db.GroupMembers.Count(m => m.GroupId == g.Id), g.Version)).ToListAsync(ct);
    }

    public async Task<GroupRow?> OneAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ContactGroups.AsNoTracking().Where(g => g.Id == id)
            .Select(g => new GroupRow(g.Id, g.Name, g.Description, db.GroupMembers.Count(m => m.GroupId == g.Id), g.Version)).FirstOrDefaultAsync(ct);
    }

    public async Task<IReadOnlyList<ContactGroupRow>> OfContactAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.GroupMembers.AsNoTracking().Where(m => m.ContactId == contactId)
            .Join(db.ContactGroups, m => m.GroupId, g => g.Id, (m, g) => new { g.Id, g.Name, m.Since })
            .OrderBy(g => g.Name)
            .Select(g => new ContactGroupRow(g.Id, g.Name, g.Since))
            .ToListAsync(ct);
    }
}

public sealed class SaveGroupHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveGroupCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(SaveGroupCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return CommandResult<long>.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            ContactGroup group;
            if (command.Id is { } id)
            {
                group = await db.ContactGroups.FirstOrDefaultAsync(g => g.Id == id, ct) ?? throw new DomainException(Messages.Group_Gone);
                if (group.Version != command.Version)
                {
                    return CommandResult<long>.Fail(Messages.Group_ChangedMeanwhile);
                }

                group.Rename(command.Name, command.Description);
            }
            else
            {
                group = ContactGroup.Create(command.Name, command.Description);
                db.ContactGroups.Add(group);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(group.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Fail(Messages.Group_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(string.Format(Messages.Group_NameTaken, command.Name.Trim()));
        }
    }
}

/// <summary>Adds contacts to a group or removes them (the record passes one contact, a later bulk action many).</summary>
public sealed class GroupMembershipHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<int>> AddAsync(GroupMembershipCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.ContactGroups.AnyAsync(g => g.Id == command.GroupId, ct))
        {
            return CommandResult<int>.Fail(Messages.Group_Gone);
        }

        var ids = command.ContactIds.Distinct().ToList();
        var present = await db.GroupMembers.Where(m => m.GroupId == command.GroupId && ids.Contains(m.ContactId)).Select(m => m.ContactId).ToListAsync(ct);
        var today = ParisTime.Today(clock);
        var added = ids.Except(present).Select(id => GroupMember.Add(command.GroupId, id, today)).ToList();
        db.GroupMembers.AddRange(added);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult<int>.Ok(added.Count);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<int>.Fail(Messages.Group_AddedMeanwhile);
        }
    }

    public async Task<CommandResult<int>> RemoveAsync(GroupMembershipCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var ids = command.ContactIds.Distinct().ToList();
        var members = await db.GroupMembers.Where(m => m.GroupId == command.GroupId && ids.Contains(m.ContactId)).ToListAsync(ct);
        db.GroupMembers.RemoveRange(members);
        await db.SaveChangesAsync(ct);
        return CommandResult<int>.Ok(members.Count);
    }
}

public sealed class GroupMembersHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<GroupMemberRow>> HandleAsync(long groupId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var members = db.GroupMembers.AsNoTracking().Where(m => m.GroupId == groupId);
        var total = await members.CountAsync(ct);
        var rows = await members
            .Join(db.Contacts, m => m.ContactId, c => c.Id, (m, c) => new { m, c })
            .OrderBy(x => EF.Property<string>(x.c, "SearchName")).ThenBy(x => x.c.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(x => new
            {
                x.c.Id, x.c.MemberNumber, x.c.Kind, x.c.Civility, x.c.FirstName, x.c.LastName, x.c.OrganisationName, x.m.Since,
                Address = db.ContactAddresses.Where(a => a.ContactId == x.c.Id && a.IsMain).Select(a => new { a.PostalCode, a.City }).FirstOrDefault(),
                Summary = db.DonorSummaries.Where(s => s.ContactId == x.c.Id).Select(s => new { s.LastGiftOn, s.LastGiftAmount, s.LifetimeTotal }).FirstOrDefault(),
                Received = db.CampaignReceptions.Where(r => r.ContactId == x.c.Id).OrderByDescending(r => r.ReceivedOn)
                    .Join(db.Campaigns, r => r.CampaignId, k => k.Id, (r, k) => new { k.Name, r.ReceivedOn }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        return new PagedResult<GroupMemberRow>(
            rows.Select(r => new GroupMemberRow(
                r.Id, r.MemberNumber, ContactNames.Display(r.Kind, r.Civility, r.FirstName, r.LastName, r.OrganisationName), r.Address?.PostalCode, r.Address?.City, r.Since,
                r.Summary?.LastGiftOn, r.Summary?.LastGiftAmount, r.Summary?.LifetimeTotal, r.Received?.Name, r.Received?.ReceivedOn)).ToList(),
            total);
    }
}
