using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Relations;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Relations;

/// <summary>One way to read a relationship type from the contact being edited: « salarié de » (the contact is A) or « employeur de » (B).</summary>
public sealed record RelationChoice(long TypeId, bool ContactIsA, string Label);

/// <summary>A relation as one of its two contacts sees it: the label from that end and the contact at the other end.</summary>
public sealed record RelationRow(
    long Id, string Label, long OtherContactId, long OtherMemberNumber, string OtherName, ContactKind OtherKind,
    DateOnly? StartsOn, DateOnly? EndsOn, string? Note, bool IsCurrent, uint Version);

/// <summary><paramref name="ContactIsA"/>: the contact whose record is open is the type's first end (« salarié de » the other).</summary>
public sealed record AddRelationshipCommand(long ContactId, long TypeId, bool ContactIsA, long OtherContactId, DateOnly? StartsOn, string? Note);

public sealed record EndRelationshipCommand(long RelationshipId, uint Version, DateOnly EndsOn);

public sealed class AddRelationshipValidator : AbstractValidator<AddRelationshipCommand>
{
    public AddRelationshipValidator()
    {
        RuleFor(c => c.TypeId).GreaterThan(0).WithMessage(Messages.Relation_TypeRequired);
        RuleFor(c => c.OtherContactId).GreaterThan(0).WithMessage(Messages.Relation_OtherRequired);
        RuleFor(c => c.OtherContactId).NotEqual(c => c.ContactId).WithMessage(Messages.Relation_Self);
        RuleFor(c => c.Note).MaximumLength(RelationLimits.NoteMaxLength)
            .WithMessage(string.Format(Messages.Relation_NoteTooLong, RelationLimits.NoteMaxLength));
    }
}

/// <summary>The choices of the « Ajouter une relation » dialog: every active type, from both ends when they read differently.</summary>
public sealed class ListRelationChoicesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<RelationChoice>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var types = await db.RelationshipTypes.AsNoTracking().Where(t => t.IsActive).OrderBy(t => t.LabelFromA).ToListAsync(ct);
        return types
            .SelectMany(t => t.IsSymmetric
                ? [new RelationChoice(t.Id, true, t.LabelFromA)]
                : new[] { new RelationChoice(t.Id, true, t.LabelFromA), new RelationChoice(t.Id, false, t.LabelFromB) })
            .OrderBy(c => c.Label, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("fr-FR"), true))
            .ToList();
    }
}

/// <summary>
/// Relations: every link of the contact, read from its end (one stored row serves both records), current ones first.
/// An organisation's record lists its people this way (« employeur de … »).
/// </summary>
public sealed class ContactRelationsTabHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PagedResult<RelationRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = ParisTime.Today(clock);
        var links = db.Relationships.AsNoTracking().Where(r => r.ContactAId == contactId || r.ContactBId == contactId);
        var total = await links.CountAsync(ct);
        var rows = await links
            .Join(db.RelationshipTypes, r => r.TypeId, t => t.Id, (r, t) => new { r, t })
            .Join(db.Contacts, x => x.r.ContactAId == contactId ? x.r.ContactBId : x.r.ContactAId, c => c.Id, (x, c) => new
            {
                x.r.Id,
                IsA = x.r.ContactAId == contactId,
                x.t.LabelFromA,
                x.t.LabelFromB,
                OtherId = c.Id,
                c.MemberNumber,
                c.Kind,
                c.Civility,
                c.FirstName,
                c.LastName,
                c.OrganisationName,
                x.r.StartsOn,
                x.r.EndsOn,
                x.r.Note,
                x.r.Version,
            })
            .OrderBy(x => x.EndsOn != null && x.EndsOn < today).ThenBy(x => x.IsA ? x.LabelFromA : x.LabelFromB).ThenBy(x => x.LastName ?? x.OrganisationName)
            .ThenBy(x => x.Id)
            .Skip(page.Skip).Take(page.Take)
            .ToListAsync(ct);
        var items = rows.Select(x => new RelationRow(
            x.Id, x.IsA ? x.LabelFromA : x.LabelFromB, x.OtherId, x.MemberNumber,
            ContactNames.Display(x.Kind, x.Civility, x.FirstName, x.LastName, x.OrganisationName), x.Kind,
            x.StartsOn, x.EndsOn, x.Note, (x.StartsOn == null || x.StartsOn <= today) && (x.EndsOn == null || today <= x.EndsOn), x.Version)).ToList();
        return new PagedResult<RelationRow>(items, total);
    }
}

public sealed class AddRelationshipHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<AddRelationshipCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(AddRelationshipCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Contacts.CountAsync(c => c.Id == command.ContactId || c.Id == command.OtherContactId, ct) != 2)
        {
            return CommandResult<long>.Fail(Messages.Contact_NotFound);
        }

        if (!await db.RelationshipTypes.AnyAsync(t => t.Id == command.TypeId && t.IsActive, ct))
        {
            return CommandResult<long>.Fail(Messages.Relation_TypeRequired);
        }

        var (a, b) = command.ContactIsA ? (command.ContactId, command.OtherContactId) : (command.OtherContactId, command.ContactId);
        var already = await db.Relationships.AnyAsync(
            r => r.TypeId == command.TypeId && ((r.ContactAId == a && r.ContactBId == b) || (r.ContactAId == b && r.ContactBId == a)), ct);
        if (already)
        {
            return CommandResult<long>.Fail(Messages.Relation_Exists);
        }

        try
        {
            var relationship = Relationship.Between(command.TypeId, a, b, command.StartsOn, command.Note);
            db.Relationships.Add(relationship);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(relationship.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(Messages.Relation_Exists);
        }
    }
}

public sealed class EndRelationshipHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<CommandResult> HandleAsync(EndRelationshipCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var relationship = await db.Relationships.FirstOrDefaultAsync(r => r.Id == command.RelationshipId, ct);
        if (relationship is null)
        {
            return CommandResult.Fail(Messages.Relation_Gone);
        }

        if (relationship.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Relation_ChangedMeanwhile);
        }

        try
        {
            relationship.End(command.EndsOn);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Relation_ChangedMeanwhile);
        }
    }
}
