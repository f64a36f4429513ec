using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.CodeLists;

/// <summary>The lists administrators maintain for the contact record.</summary>
public enum CodeList
{
    SuspensionCodes,
    MarketingCodes,
    ScoreTypes,
    Tags,
}

public sealed record CodeListRow(long Id, string Code, string Label, bool IsActive);

/// <summary>Adds (no <paramref name="Id"/>) or renames an entry; the code of an existing entry never changes.</summary>
public sealed record SaveCodeListEntryCommand(CodeList List, long? Id, string Code, string Label);

public sealed record SetCodeListEntryActiveCommand(CodeList List, long Id, bool Active);

public sealed class SaveCodeListEntryValidator : AbstractValidator<SaveCodeListEntryCommand>
{
    public SaveCodeListEntryValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage(Messages.CodeList_CodeRequired)
            .MaximumLength(ContactLimits.CodeMaxLength).WithMessage(string.Format(Messages.CodeList_CodeTooLong, ContactLimits.CodeMaxLength))
            .Matches("^[A-Za-z0-9_-]+$").WithMessage(Messages.Campaign_CodeCharacters);
        RuleFor(c => c.Label).NotEmpty().WithMessage(Messages.CodeList_LabelRequired)
            .MaximumLength(ContactLimits.LabelMaxLength).WithMessage(string.Format(Messages.CodeList_LabelTooLong, ContactLimits.LabelMaxLength));
    }
}

public sealed class ListCodeListHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CodeListRow>> HandleAsync(CodeList list, bool activeOnly = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entries = Entries(db, list).AsNoTracking();
        if (activeOnly)
        {
            entries = entries.Where(e => e.IsActive);
        }

        return await entries.OrderBy(e => e.Code).Select(e => new CodeListRow(e.Id, e.Code, e.Label, e.IsActive)).ToListAsync(ct);
    }

    internal static IQueryable<CodeListEntry> Entries(AppDbContext db, CodeList list) => list switch
    {
        CodeList.SuspensionCodes => db.SuspensionCodes,
        CodeList.MarketingCodes => db.MarketingCodes,
        CodeList.Tags => db.Tags,
        _ => db.ScoreTypes,
    };
}

public sealed class SaveCodeListEntryHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveCodeListEntryCommand> validator)
{
    public async Task<CommandResult> HandleAsync(SaveCodeListEntryCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (command.Id is { } id)
        {
            var entry = await ListCodeListHandler.Entries(db, command.List).FirstOrDefaultAsync(e => e.Id == id, ct);
            if (entry is null)
            {
                return CommandResult.Fail(Messages.CodeList_Gone);
            }

            entry.Rename(command.Label);
        }
        else
        {
            var code = command.Code.Trim().ToUpperInvariant();
            if (await ListCodeListHandler.Entries(db, command.List).AnyAsync(e => e.Code == code, ct))
            {
                return CommandResult.Fail(string.Format(Messages.CodeList_CodeTaken, code));
            }

            switch (command.List)
            {
                case CodeList.SuspensionCodes:
                    db.SuspensionCodes.Add(SuspensionCode.Create(code, command.Label));
                    break;
                case CodeList.MarketingCodes:
                    db.MarketingCodes.Add(MarketingCode.Create(code, command.Label));
                    break;
                case CodeList.Tags:
                    db.Tags.Add(Tag.Create(code, command.Label));
                    break;
                default:
                    db.ScoreTypes.Add(ScoreType.Create(code, command.Label));
                    break;
            }
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

public sealed class SetCodeListEntryActiveHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Entries are retired, never deleted: contacts keep the code they were given.</summary>
    public async Task<CommandResult> HandleAsync(SetCodeListEntryActiveCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await ListCodeListHandler.Entries(db, command.List).FirstOrDefaultAsync(e => e.Id == command.Id, ct);
        if (entry is null)
        {
            return CommandResult.Fail(Messages.CodeList_Gone);
        }

        if (command.Active)
        {
            entry.Activate();
        }
        else
        {
            entry.Deactivate();
        }

        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }
}
