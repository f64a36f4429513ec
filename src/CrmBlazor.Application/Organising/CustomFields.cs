using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Organising;

public sealed record CustomFieldRow(long Id, CustomFieldTarget Target, string Label, CustomFieldKind Kind, IReadOnlyList<string> Options, int Position, bool IsActive, uint Version);

/// <summary>Creates (no <paramref name="Id"/>) or edits a custom field; the kind and target of an existing field never change.</summary>
public sealed record SaveCustomFieldCommand(long? Id, uint Version, CustomFieldTarget Target, string Label, CustomFieldKind Kind, IReadOnlyList<string> Options);

public sealed record SetCustomFieldActiveCommand(long Id, bool Active);

/// <summary>A field of a record (contact or group) with its value, as the record shows and edits it.</summary>
public sealed record FieldWithValue(CustomFieldRow Field, string? Display, CustomValueInput Value);

public sealed record SetContactFieldCommand(long ContactId, long FieldId, CustomValueInput Value);

public sealed record SetGroupFieldCommand(long GroupId, long FieldId, CustomValueInput Value);

public sealed class SaveCustomFieldValidator : AbstractValidator<SaveCustomFieldCommand>
{
    public SaveCustomFieldValidator()
    {
        RuleFor(c => c.Label).NotEmpty().WithMessage(Messages.CustomField_LabelRequired)
            .MaximumLength(OrganisingLimits.FieldLabelMaxLength).WithMessage(string.Format(Messages.CustomField_LabelTooLong, OrganisingLimits.FieldLabelMaxLength));
        RuleFor(c => c.Options).Must(o => o.Count <= OrganisingLimits.MaxOptions)
            .WithMessage(string.Format(Messages.CustomField_TooManyOptions, OrganisingLimits.MaxOptions));
        RuleForEach(c => c.Options).MaximumLength(OrganisingLimits.OptionMaxLength)
            .WithMessage(string.Format(Messages.CustomField_OptionTooLong, OrganisingLimits.OptionMaxLength));
    }
}

public sealed class ListCustomFieldsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<CustomFieldRow>> HandleAsync(CustomFieldTarget target, bool activeOnly = false, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var fields = db.CustomFields.AsNoTracking().Where(f => f.Target == target);
        if (activeOnly)
        {
            fields = fields.Where(f => f.IsActive);
        }

        return (await fields.OrderBy(f => f.Position).ThenBy(f => f.Label).ToListAsync(ct)).Select(Row).ToList();
    }

    internal static CustomFieldRow Row(CustomField f) => new(f.Id, f.Target, f.Label, f.Kind, f.Options, f.Position, f.IsActive, f.Version);
}

public sealed class SaveCustomFieldHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveCustomFieldCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(SaveCustomFieldCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return CommandResult<long>.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            CustomField field;
            if (command.Id is { } id)
            {
                field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == id, ct) ?? throw new DomainException(Messages.CustomField_Gone);
                if (field.Version != command.Version)
                {
                    return CommandResult<long>.Fail(Messages.CustomField_ChangedMeanwhile);
                }

                field.Edit(command.Label, command.Options);
            }
            else
            {
                var position = await db.CustomFields.Where(f => f.Target == command.Target).MaxAsync(f => (int?)f.Position, ct) ?? 0;
                field = CustomField.Create(command.Target, command.Label, command.Kind, command.Options, position + 1);
                db.CustomFields.Add(field);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(field.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Fail(Messages.CustomField_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(string.Format(Messages.CustomField_LabelTaken, command.Label.Trim()));
        }
    }
}

public sealed class SetCustomFieldActiveHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Fields are retired, never deleted: their values stay searchable in history and come back if restored.</summary>
    public async Task<CommandResult> HandleAsync(SetCustomFieldActiveCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == command.Id, ct);
        if (field is null)
        {
            return CommandResult.Fail(Messages.CustomField_Gone);
        }

        if (command.Active)
        {
            field.Restore();
        }
        else
        {
            field.Retire();
        }

        await db.SaveChangesAsync(ct);
        return CommandResult.Ok;
    }
}

/// <summary>Reads and writes the custom field values of a contact (tab Membre) or of a group (group page).</summary>
public sealed class CustomFieldValuesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<FieldWithValue>> OfContactAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var values = await db.ContactFieldValues.AsNoTracking().Where(v => v.ContactId == contactId).ToListAsync(ct);
        return await WithValuesAsync(db, CustomFieldTarget.Contact, values, ct);
    }

    public async Task<IReadOnlyList<FieldWithValue>> OfGroupAsync(long groupId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var values = await db.GroupFieldValues.AsNoTracking().Where(v => v.GroupId == groupId).ToListAsync(ct);
        return await WithValuesAsync(db, CustomFieldTarget.Group, values, ct);
    }

    public async Task<CommandResult> SetAsync(SetContactFieldCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == command.FieldId && f.Target == CustomFieldTarget.Contact && f.IsActive, ct);
        if (field is null)
        {
            return CommandResult.Fail(Messages.CustomField_Gone);
        }

        var value = await db.ContactFieldValues.FirstOrDefaultAsync(v => v.ContactId == command.ContactId && v.FieldId == command.FieldId, ct);
        return await ApplyAsync(db, field, value, () => db.ContactFieldValues.Add(ContactFieldValue.For(command.ContactId, field.Id)).Entity, command.Value, ct);
    }

    public async Task<CommandResult> SetAsync(SetGroupFieldCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var field = await db.CustomFields.FirstOrDefaultAsync(f => f.Id == command.FieldId && f.Target == CustomFieldTarget.Group && f.IsActive, ct);
        if (field is null)
        {
            return CommandResult.Fail(Messages.CustomField_Gone);
        }

        var value = await db.GroupFieldValues.FirstOrDefaultAsync(v => v.GroupId == command.GroupId && v.FieldId == command.FieldId, ct);
        return await ApplyAsync(db, field, value, () => db.GroupFieldValues.Add(GroupFieldValue.For(command.GroupId, field.Id)).Entity, command.Value, ct);
    }

    /// <summary>An empty input removes the value; anything else must suit the field's kind (French message otherwise).</summary>
    private static async Task<CommandResult> ApplyAsync<T>(AppDbContext db, CustomField field, T? existing, Func<T> add, CustomValueInput input, CancellationToken ct)
        where T : CustomFieldValue
    {
        try
        {
            var value = existing ?? add();
            if (!value.Set(field, input))
            {
                if (existing is null)
                {
                    db.Remove(value);
                    return CommandResult.Ok;
                }

                db.Remove(existing);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult.Fail(Messages.CustomField_ChangedMeanwhile);
        }
    }

    private static async Task<IReadOnlyList<FieldWithValue>> WithValuesAsync(
        AppDbContext db, CustomFieldTarget target, IEnumerable<CustomFieldValue> values, CancellationToken ct)
    {
        var byField = values.ToDictionary(v => v.FieldId);
        var fields = await db.CustomFields.AsNoTracking().Where(f => f.Target == target && f.IsActive).OrderBy(f => f.Position).ThenBy(f => f.Label).ToListAsync(ct);
        return fields.Select(f =>
        {
            var v = byField.GetValueOrDefault(f.Id);
            return new FieldWithValue(
                ListCustomFieldsHandler.Row(f), v?.Display(),
                v is null ? new CustomValueInput() : new CustomValueInput(v.TextValue, v.NumberValue, v.DateValue, v.BoolValue, v.Choices));
        }).ToList();
    }
}
