using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>Adds (no <paramref name="AddressId"/>) or changes an address; a main address replaces the previous main one.</summary>
public sealed record SaveAddressCommand(
    long ContactId, long? AddressId, uint Version, PostalAddress Address, bool IsMain, DateOnly? ValidFrom, DateOnly? ValidTo);

public sealed record DeleteAddressCommand(long AddressId, uint Version);

public sealed class SaveAddressValidator : AbstractValidator<SaveAddressCommand>
{
    public SaveAddressValidator()
    {
        var tooLong = string.Format(Messages.Address_LineTooLong, ContactLimits.AddressLineMaxLength);
        RuleFor(c => c.Address.Delivery).MaximumLength(ContactLimits.AddressLineMaxLength).WithMessage(tooLong);
        RuleFor(c => c.Address.Building).MaximumLength(ContactLimits.AddressLineMaxLength).WithMessage(tooLong);
        RuleFor(c => c.Address.Street).MaximumLength(ContactLimits.AddressLineMaxLength).WithMessage(tooLong);
        RuleFor(c => c.Address.Locality).MaximumLength(ContactLimits.AddressLineMaxLength).WithMessage(tooLong);
        RuleFor(c => c.Address.City).NotEmpty().WithMessage(Messages.Address_CityRequired)
            .MaximumLength(ContactLimits.CityMaxLength).WithMessage(tooLong);
        RuleFor(c => c.Address.PostalCode).NotEmpty().WithMessage(Messages.Address_PostalCodeRequired)
            .MaximumLength(ContactLimits.PostalCodeMaxLength).WithMessage(Messages.Address_PostalCodeInvalid);
        RuleFor(c => c.Address.PostalCode).Matches("^[0-9]{5}$").When(c => IsFrench(c.Address.Country)).WithMessage(Messages.Address_PostalCodeInvalid);
        RuleFor(c => c.Address.Country).Matches("^[A-Za-z]{2}$").When(c => !string.IsNullOrWhiteSpace(c.Address.Country))
            .WithMessage(Messages.Address_CountryInvalid);
        RuleFor(c => c.ValidTo).GreaterThanOrEqualTo(c => c.ValidFrom).When(c => c.ValidFrom is not null && c.ValidTo is not null)
            .WithMessage(Messages.Address_ValidityReversed);
    }

    private static bool IsFrench(string? country) => string.IsNullOrWhiteSpace(country) || country.Trim().Equals(ContactAddress.France, StringComparison.OrdinalIgnoreCase);
}

public sealed class ContactAddressesHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveAddressCommand> validator)
{
    public async Task<CommandResult> SaveAsync(SaveAddressCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        ContactAddress address;
        if (command.AddressId is { } id)
        {
            var (found, error) = await LoadAsync(db, id, command.Version, ct);
            if (found is null)
            {
                return error!;
            }

            address = found;
            address.Change(command.Address);
        }
        else
        {
            if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
            {
                return CommandResult.Fail(Messages.Contact_NotFound);
            }

            address = ContactAddress.Other(command.ContactId, command.Address, null, null);
            db.ContactAddresses.Add(address);
        }

        try
        {
            address.SetValidity(command.ValidFrom, command.ValidTo);
            if (command.IsMain && !address.IsMain)
            {
                // The old main address steps down first: the database allows one main address per contact at any instant.
                var previous = await db.ContactAddresses.Where(a => a.ContactId == address.ContactId && a.IsMain).ToListAsync(ct);
                previous.ForEach(a => a.MakeSecondary());
                await db.SaveChangesAsync(ct);
                address.MakeMain();
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Address_ChangedMeanwhile);
        }
    }

    public async Task<CommandResult> DeleteAsync(DeleteAddressCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (address, error) = await LoadAsync(db, command.AddressId, command.Version, ct);
        if (address is null)
        {
            return error!;
        }

        db.ContactAddresses.Remove(address);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Address_ChangedMeanwhile);
        }
    }

    /// <summary>The address as the operator saw it, or the French reason it can no longer be changed.</summary>
    private static async Task<(ContactAddress? Address, CommandResult? Error)> LoadAsync(AppDbContext db, long id, uint version, CancellationToken ct)
    {
        var address = await db.ContactAddresses.FirstOrDefaultAsync(a => a.Id == id, ct);
        if (address is null)
        {
            return (null, CommandResult.Fail(Messages.Address_Gone));
        }

        return address.Version == version ? (address, null) : (null, CommandResult.Fail(string.Format(Messages.Address_Conflict, Describe(address))));
    }

    private static string Describe(ContactAddress a) =>
        string.Join(", ", new[] { a.Delivery, a.Building, a.Street, a.Locality, $"{a.PostalCode} {a.City}" }.Where(s => !string.IsNullOrWhiteSpace(s)));
}
