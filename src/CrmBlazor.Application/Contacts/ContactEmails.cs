using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Contacts;

/// <summary>Adds an email with the campaign it came from (the generic campaign when in doubt).</summary>
public sealed record AddEmailCommand(long ContactId, string Address, long OriginCampaignId);

/// <summary>Corrects an address or its origin; <paramref name="Version"/> is the row the operator saw.</summary>
public sealed record CorrectEmailCommand(long EmailId, uint Version, string Address, long OriginCampaignId);

public sealed record DeleteEmailCommand(long EmailId, uint Version);

/// <summary>Marks an email unusable (with its reason) or usable again.</summary>
public sealed record SetEmailStatusCommand(long EmailId, uint Version, EmailStatus Status, string? Reason);

public static class EmailRules
{
    public static IRuleBuilderOptions<T, string> ValidContactEmail<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage(Messages.Validation_EmailRequired)
            .MaximumLength(ContactLimits.EmailMaxLength).WithMessage(string.Format(Messages.Validation_EmailTooLong, ContactLimits.EmailMaxLength))
            .EmailAddress().WithMessage(Messages.Validation_EmailInvalid);
}

public sealed class AddEmailValidator : AbstractValidator<AddEmailCommand>
{
    public AddEmailValidator() => RuleFor(c => c.Address).ValidContactEmail();
}

public sealed class CorrectEmailValidator : AbstractValidator<CorrectEmailCommand>
{
    public CorrectEmailValidator() => RuleFor(c => c.Address).ValidContactEmail();
}

public sealed class SetEmailStatusValidator : AbstractValidator<SetEmailStatusCommand>
{
    public SetEmailStatusValidator() =>
        RuleFor(c => c.Reason)
            .NotEmpty().When(c => c.Status == EmailStatus.Unusable).WithMessage(Messages.Email_ReasonRequired)
            .MaximumLength(ContactLimits.ReasonMaxLength).WithMessage(string.Format(Messages.Email_ReasonTooLong, ContactLimits.ReasonMaxLength));
}

public sealed class ContactEmailsHandler(
    IDbContextFactory<AppDbContext> dbFactory,
    TimeProvider clock,
    IValidator<AddEmailCommand> addValidator,
    IValidator<CorrectEmailCommand> correctValidator,
    IValidator<SetEmailStatusCommand> statusValidator)
{
    public async Task<CommandResult> AddAsync(AddEmailCommand command, CancellationToken ct = default)
    {
        var validation = await addValidator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var address = ContactEmail.Normalize(command.Address);
        if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
        {
            return CommandResult.Fail(Messages.Contact_NotFound);
        }

        if (await CampaignProblemAsync(db, command.OriginCampaignId, ct) is { } problem)
        {
            return CommandResult.Fail(problem);
        }

        if (await db.ContactEmails.AnyAsync(e => e.ContactId == command.ContactId && e.Address == address, ct))
        {
            return CommandResult.Fail(string.Format(Messages.Email_AlreadyThere, address));
        }

        db.ContactEmails.Add(ContactEmail.Enter(command.ContactId, address, ParisTime.Today(clock), command.OriginCampaignId));
        return await SaveAsync(db, address, ct);
    }

    public async Task<CommandResult> CorrectAsync(CorrectEmailCommand command, CancellationToken ct = default)
    {
        var validation = await correctValidator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (email, error) = await LoadAsync(db, command.EmailId, command.Version, ct);
        if (email is null)
        {
            return error!;
        }

        if (await CampaignProblemAsync(db, command.OriginCampaignId, ct, allowClosed: command.OriginCampaignId == email.OriginCampaignId) is { } problem)
        {
            return CommandResult.Fail(problem);
        }

        email.Correct(command.Address, command.OriginCampaignId);
        return await SaveAsync(db, email.Address, ct);
    }

    public async Task<CommandResult> DeleteAsync(DeleteEmailCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (email, error) = await LoadAsync(db, command.EmailId, command.Version, ct);
        if (email is null)
        {
            return error!;
        }

        db.ContactEmails.Remove(email);
        return await SaveAsync(db, email.Address, ct);
    }

    public async Task<CommandResult> SetStatusAsync(SetEmailStatusCommand command, CancellationToken ct = default)
    {
        var validation = await statusValidator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (email, error) = await LoadAsync(db, command.EmailId, command.Version, ct);
        if (email is null)
        {
            return error!;
        }

        if (command.Status == EmailStatus.Unusable)
        {
            email.MarkUnusable(command.Reason!, ParisTime.Today(clock));
        }
        else
        {
            email.MarkUsable();
        }

        return await SaveAsync(db, email.Address, ct);
    }

    private static async Task<(ContactEmail? Email, CommandResult? Error)> LoadAsync(AppDbContext db, long id, uint version, CancellationToken ct)
    {
        var email = await db.ContactEmails.FirstOrDefaultAsync(e => e.Id == id, ct);
        if (email is null)
        {
            return (null, CommandResult.Fail(Messages.Email_Gone));
        }

        return email.Version == version ? (email, null) : (null, CommandResult.Fail(Conflict(email)));
    }

    private static string Conflict(ContactEmail email) =>
        string.Format(Messages.Email_Conflict, email.Address, email.IsUsable ? Messages.Email_Usable : $"{Messages.Email_Unusable} ({email.UnusableReason})");

    internal static async Task<string?> CampaignProblemAsync(AppDbContext db, long campaignId, CancellationToken ct, bool allowClosed = false)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(k => k.Id == campaignId).Select(k => new { k.ClosedOn }).FirstOrDefaultAsync(ct);
        return campaign switch
        {
            null => Messages.Campaign_Unknown,
            { ClosedOn: not null } when !allowClosed => Messages.Campaign_Closed,
            _ => null,
        };
    }

    private static async Task<CommandResult> SaveAsync(AppDbContext db, string address, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateConcurrencyException ex)
        {
            var entry = ex.Entries.Single();
            var current = await entry.GetDatabaseValuesAsync(ct);
            return CommandResult.Fail(current is null ? Messages.Email_Gone : Conflict((ContactEmail)current.ToObject()));
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult.Fail(string.Format(Messages.Email_AlreadyThere, address));
        }
    }
}
