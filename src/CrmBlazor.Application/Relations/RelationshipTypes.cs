using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Relations;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Relations;

public sealed record RelationshipTypeRow(long Id, string Code, string LabelFromA, string LabelFromB, bool IsActive);

/// <summary>Adds (no <paramref name="Id"/>) or renames a type; the code of an existing type never changes.</summary>
public sealed record SaveRelationshipTypeCommand(long? Id, string Code, string LabelFromA, string LabelFromB);

public sealed record SetRelationshipTypeActiveCommand(long Id, bool Active);

public sealed class SaveRelationshipTypeValidator : AbstractValidator<SaveRelationshipTypeCommand>
{
    public SaveRelationshipTypeValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage(Messages.CodeList_CodeRequired)
            .MaximumLength(RelationLimits.CodeMaxLength).WithMessage(string.Format(Messages.CodeList_CodeTooLong, RelationLimits.CodeMaxLength))
            .Matches("^[A-Za-z0-9_-]+$").WithMessage(Messages.Campaign_CodeCharacters);
        RuleFor(c => c.LabelFromA).NotEmpty().WithMessage(Messages.CodeList_LabelRequired)
            .MaximumLength(RelationLimits.LabelMaxLength).WithMessage(string.Format(Messages.CodeList_LabelTooLong, RelationLimits.LabelMaxLength));
        RuleFor(c => c.LabelFromB).NotEmpty().WithMessage(Messages.CodeList_LabelRequired)
            .MaximumLength(RelationLimits.LabelMaxLength).WithMessage(string.Format(Messages.CodeList_LabelTooLong, RelationLimits.LabelMaxLength));
    }
}

public sealed class ListRelationshipTypesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<RelationshipTypeRow>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.RelationshipTypes.AsNoTracking().OrderBy(t => t.Code)
            .Select(t => new RelationshipTypeRow(t.Id, t.Code, t.LabelFromA, t.LabelFromB, t.IsActive)).ToListAsync(ct);
    }
}

public sealed class SaveRelationshipTypeHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveRelationshipTypeCommand> validator)
{
    public async Task<CommandResult> HandleAsync(SaveRelationshipTypeCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (command.Id is { } id)
        {
            var type = await db.RelationshipTypes.FirstOrDefaultAsync(t => t.Id == id, ct);
            if (type is null)
            {
                return CommandResult.Fail(Messages.CodeList_Gone);
            }

            type.Rename(command.LabelFromA, command.LabelFromB);
        }
        else
        {
            db.RelationshipTypes.Add(RelationshipType.Create(command.Code, command.LabelFromA, command.LabelFromB));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult.Fail(string.Format(Messages.CodeList_CodeTaken, command.Code.Trim().ToUpperInvariant()));
        }
    }
}

public sealed class SetRelationshipTypeActiveHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<CommandResult> HandleAsync(SetRelationshipTypeActiveCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var type = await db.RelationshipTypes.FirstOrDefaultAsync(t => t.Id == command.Id, ct);
        if (type is null)
        {
            return CommandResult.Fail(Messages.CodeList_Gone);
        }

        type.SetActive(command.Active);
        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }
}
