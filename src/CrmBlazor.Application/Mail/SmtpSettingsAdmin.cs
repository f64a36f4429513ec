using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Mail;

/// <summary>The SMTP password sealed with ASP.NET Core Data Protection (keys kept in PostgreSQL): never stored in clear.</summary>
public sealed class SmtpPasswordProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("CrmBlazor.Mail.SmtpPassword.v1");

    public string Protect(string password) => _protector.Protect(password);

    public string Unprotect(string protectedPassword) => _protector.Unprotect(protectedPassword);
}

/// <summary>The SMTP settings as the Administration form shows them; the password only as « set » or not.</summary>
public sealed record SmtpSettingsView(
    string Host, int Port, SmtpTlsMode TlsMode, string? Account, bool HasPassword, string SenderAddress, string SenderName, uint Version);

public sealed class GetSmtpSettingsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Null while no administrator has set the server: the outbox keeps its messages queued.</summary>
    public async Task<SmtpSettingsView?> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.SmtpSettings.AsNoTracking()
            .Select(s => new SmtpSettingsView(s.Host, s.Port, s.TlsMode, s.Account, s.ProtectedPassword != null, s.SenderAddress, s.SenderName, s.Version))
            .SingleOrDefaultAsync(ct);
    }
}

/// <summary>
/// Saves the SMTP settings. <paramref name="NewPassword"/> null keeps the stored one; an empty account clears it.
/// <paramref name="StartedFromVersion"/> is the row version the form was loaded from (null: there was none).
/// </summary>
public sealed record SaveSmtpSettings(
    string Host, int Port, SmtpTlsMode TlsMode, string? Account, string? NewPassword, string SenderAddress, string SenderName, uint? StartedFromVersion);

public sealed class SaveSmtpSettingsValidator : AbstractValidator<SaveSmtpSettings>
{
    public SaveSmtpSettingsValidator()
    {
        RuleFor(c => c.Host).NotEmpty().WithMessage(Messages.Smtp_HostRequired)
            .MaximumLength(SmtpLimits.HostMaxLength).WithMessage(string.Format(Messages.Smtp_TooLong, "serveur", SmtpLimits.HostMaxLength));
        RuleFor(c => c.Port).InclusiveBetween(1, 65535).WithMessage(Messages.Smtp_PortInvalid);
        RuleFor(c => c.TlsMode).IsInEnum();
        RuleFor(c => c.Account).MaximumLength(SmtpLimits.AccountMaxLength)
            .WithMessage(string.Format(Messages.Smtp_TooLong, "compte", SmtpLimits.AccountMaxLength));
        RuleFor(c => c.NewPassword).MaximumLength(SmtpLimits.PasswordMaxLength)
            .WithMessage(string.Format(Messages.Smtp_TooLong, "mot de passe", SmtpLimits.PasswordMaxLength));
        RuleFor(c => c.SenderAddress).NotEmpty().WithMessage(Messages.Smtp_SenderInvalid)
            .Must(a => MimeKit.MailboxAddress.TryParse(a, out var parsed) && parsed.Address.Contains('@', StringComparison.Ordinal))
            .WithMessage(Messages.Smtp_SenderInvalid)
            .MaximumLength(OutboxMessage.AddressMaxLength).WithMessage(Messages.Smtp_SenderInvalid);
        RuleFor(c => c.SenderName).NotEmpty().WithMessage(Messages.Smtp_SenderNameRequired)
            .MaximumLength(SmtpLimits.SenderNameMaxLength).WithMessage(string.Format(Messages.Smtp_TooLong, "nom d'expéditeur", SmtpLimits.SenderNameMaxLength));
    }
}

public sealed class SaveSmtpSettingsHandler(
    IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveSmtpSettings> validator, SmtpPasswordProtector passwords, ActorContext actor,
    TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(SaveSmtpSettings command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return CommandResult.Fail(validation.Errors.Select(e => e.ErrorMessage).Distinct().ToArray());
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var settings = await db.SmtpSettings.SingleOrDefaultAsync(ct);
        if (settings?.Version != command.StartedFromVersion)
        {
            return CommandResult.Fail(Messages.Smtp_ChangedMeanwhile);
        }

        if (settings is null)
        {
            settings = SmtpSettings.Create(command.Host, command.Port, command.TlsMode, command.Account, command.SenderAddress, command.SenderName);
            db.SmtpSettings.Add(settings);
        }
        else
        {
            settings.Change(command.Host, command.Port, command.TlsMode, command.Account, command.SenderAddress, command.SenderName);
        }

        if (!string.IsNullOrEmpty(command.NewPassword) && settings.Account is not null)
        {
            settings.SetProtectedPassword(passwords.Protect(command.NewPassword));
            // The ciphertext is kept out of the journal; the change itself is not.
            db.JournalEntries.Add(JournalEntry.ForEvent(clock.GetUtcNow(), actor.Current, JournalAction.PasswordChanged, "smtp_settings", "1", "Mot de passe SMTP"));
        }

        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateException)
        {
            // A concurrent first save (same key) or a concurrent edit (row version).
            return CommandResult.Fail(Messages.Smtp_ChangedMeanwhile);
        }
    }
}
