using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Memberships;

public sealed record MembershipTypeRow(
    long Id, string Name, decimal Fee, MembershipKind Kind, int? RolloverMonth, int? RolloverDay, int GraceMonths, bool IsActive,
    int MemberCount, uint Version);

/// <summary>The membership types set up by administrators, with how many members each has now.</summary>
public sealed class ListMembershipTypesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<MembershipTypeRow>> HandleAsync(bool activeOnly = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.MembershipTypes.AsNoTracking().Where(t => !activeOnly || t.IsActive)
            .OrderByDescending(t => t.IsActive).ThenBy(t => t.Name)
            .Select(t => new MembershipTypeRow(
                t.Id, t.Name, t.Fee, t.Kind, t.RolloverMonth, t.RolloverDay, t.GraceMonths, t.IsActive,
                db.Memberships.Count(m => m.TypeId == t.Id && MembershipStatuses.Member.Contains(m.Status)), t.Version))
            .ToListAsync(ct);
    }
}

/// <summary>A membership type as typed on its form; <paramref name="Id"/> and <paramref name="Version"/> null to create one.</summary>
public sealed record SaveMembershipTypeCommand(
    long? Id, uint? Version, string Name, decimal Fee, MembershipKind Kind, int? RolloverMonth, int? RolloverDay, int GraceMonths);

public sealed class SaveMembershipTypeValidator : AbstractValidator<SaveMembershipTypeCommand>
{
    public SaveMembershipTypeValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(Messages.MembershipType_NameRequired)
            .MaximumLength(MembershipLimits.TypeNameMaxLength).WithMessage(string.Format(Messages.MembershipType_NameTooLong, MembershipLimits.TypeNameMaxLength));
        RuleFor(c => c.Fee).Must(MoneyLimits.IsValidAmount).WithMessage(Messages.MembershipType_FeeInvalid);
        RuleFor(c => c.GraceMonths).InclusiveBetween(0, MembershipLimits.MaxGraceMonths)
            .WithMessage(string.Format(Messages.MembershipType_GraceInvalid, MembershipLimits.MaxGraceMonths));
        RuleFor(c => c).Must(c => (c.RolloverMonth is null) == (c.RolloverDay is null)).WithMessage(Messages.MembershipType_RolloverInvalid);
        RuleFor(c => c).Must(c => c.RolloverMonth is null || new MonthDay(c.RolloverMonth.Value, c.RolloverDay ?? 0).IsValid)
            .WithMessage(Messages.MembershipType_RolloverInvalid);
        RuleFor(c => c).Must(c => c.RolloverMonth is null || c.Kind == MembershipKind.CalendarYear).WithMessage(Messages.MembershipType_RolloverOnlyCalendar);
    }
}

public sealed class SaveMembershipTypeHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveMembershipTypeCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(SaveMembershipTypeCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = command.Name.Trim();
        if (await db.MembershipTypes.AnyAsync(t => t.Name == name && t.Id != command.Id, ct))
        {
            return CommandResult<long>.Fail(string.Format(Messages.MembershipType_NameTaken, name));
        }

        var rollover = command.RolloverMonth is { } month ? new MonthDay(month, command.RolloverDay!.Value) : (MonthDay?)null;
        try
        {
            MembershipType type;
            if (command.Id is { } id)
            {
                type = await db.MembershipTypes.FirstOrDefaultAsync(t => t.Id == id, ct) ?? throw new DomainException(Messages.MembershipType_Gone);
                if (type.Version != command.Version)
                {
                    return CommandResult<long>.Fail(Messages.MembershipType_ChangedMeanwhile);
                }

                type.Edit(name, command.Fee, command.Kind, rollover, command.GraceMonths);
            }
            else
            {
                type = MembershipType.Create(name, command.Fee, command.Kind, rollover, command.GraceMonths);
                db.MembershipTypes.Add(type);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(type.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Fail(Messages.MembershipType_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(string.Format(Messages.MembershipType_NameTaken, name));
        }
    }
}

public sealed record SetMembershipTypeActiveCommand(long Id, uint Version, bool Active);

/// <summary>A withdrawn type is no longer offered for new memberships; existing ones keep it and can still be renewed.</summary>
public sealed class SetMembershipTypeActiveHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<CommandResult> HandleAsync(SetMembershipTypeActiveCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var type = await db.MembershipTypes.FirstOrDefaultAsync(t => t.Id == command.Id, ct);
        if (type is null)
        {
            return CommandResult.Fail(Messages.MembershipType_Gone);
        }

        if (type.Version != command.Version)
        {
            return CommandResult.Fail(Messages.MembershipType_ChangedMeanwhile);
        }

        type.SetActive(command.Active);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.MembershipType_ChangedMeanwhile);
        }
    }
}
