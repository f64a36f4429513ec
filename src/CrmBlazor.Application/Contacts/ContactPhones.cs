using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

public sealed record SavePhoneCommand(long ContactId, long? PhoneId, uint Version, PhoneType Type, string Number);

public sealed record DeletePhoneCommand(long PhoneId, uint Version);

/// <summary>Phones are checked and formatted by libphonenumber; a number without prefix is French.</summary>
public sealed class ContactPhonesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<CommandResult> SaveAsync(SavePhoneCommand command, CancellationToken ct = default)
    {
        if (ValidPhoneNumber.TryParse(command.Number) is not { } number)
        {
            return CommandResult.Fail(string.Format(Messages.Phone_Invalid, command.Number));
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.ContactPhones.AnyAsync(p => p.ContactId == command.ContactId && p.E164 == number.E164 && p.Id != command.PhoneId, ct))
        {
            return CommandResult.Fail(string.Format(Messages.Phone_AlreadyThere, number.Display));
        }

        if (command.PhoneId is { } id)
        {
            var (phone, error) = await LoadAsync(db, id, command.Version, ct);
            if (phone is null)
            {
                return error!;
            }

            phone.Change(command.Type, number);
        }
        else
        {
            if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
            {
                return CommandResult.Fail(Messages.Contact_NotFound);
            }

            db.ContactPhones.Add(ContactPhone.Add(command.ContactId, command.Type, number));
        }

        return await SaveChangesAsync(db, ct);
    }

    public async Task<CommandResult> DeleteAsync(DeletePhoneCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (phone, error) = await LoadAsync(db, command.PhoneId, command.Version, ct);
        if (phone is null)
        {
            return error!;
        }

        db.ContactPhones.Remove(phone);
        return await SaveChangesAsync(db, ct);
    }

    /// <summary>The phone as the operator saw it, or the French reason it can no longer be changed.</summary>
    private static async Task<(ContactPhone? Phone, CommandResult? Error)> LoadAsync(AppDbContext db, long id, uint version, CancellationToken ct)
    {
        var phone = await db.ContactPhones.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (phone is null)
        {
            return (null, CommandResult.Fail(Messages.Phone_Gone));
        }

        return phone.Version == version ? (phone, null) : (null, CommandResult.Fail(string.Format(Messages.Phone_Conflict, phone.Display)));
    }

    private static async Task<CommandResult> SaveChangesAsync(AppDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Phone_ChangedMeanwhile);
        }
    }
}
