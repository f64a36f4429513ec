using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>
/// A SEPA mandate the donor signed. No <paramref name="Rum"/>: one is made up (« CRMB » + member number + « - » + n);
/// no <paramref name="DebtorName"/>: the contact's name.
/// </summary>
public sealed record SignMandateCommand(long ContactId, string? Rum, DateOnly SignedOn, string? Iban, string? Bic, string? DebtorName);

public sealed class SignMandateValidator : AbstractValidator<SignMandateCommand>
{
    public SignMandateValidator()
    {
        RuleFor(c => c.Rum).Must(r => string.IsNullOrWhiteSpace(r) || (r.Trim().Length <= RecurringLimits.Max35 && SepaText.IsAllowed(r.Trim())))
            .WithMessage(string.Format(Messages.Mandate_RumInvalid, RecurringLimits.Max35));
        RuleFor(c => c.SignedOn).NotEqual(default(DateOnly)).WithMessage(Messages.Mandate_SignedOnRequired);
        RuleFor(c => c.Iban).Must(Iban.IsValid).WithMessage(c => Iban.Explain(c.Iban));
        RuleFor(c => c.Bic).Must(b => string.IsNullOrWhiteSpace(b) || Bic.IsValid(b.Trim().ToUpperInvariant()))
            .WithMessage(Messages.Mandate_BicInvalid);
        RuleFor(c => c.DebtorName).Must(n => n is null || n.Trim().Length <= RecurringLimits.DebtorNameMaxLength)
            .WithMessage(string.Format(Messages.Mandate_DebtorNameTooLong, RecurringLimits.DebtorNameMaxLength));
    }
}

public sealed class SignMandateHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<SignMandateCommand> validator)
{
    /// <summary>Two operators generating a RUM for the same donor at once: the loser tries the next number.</summary>
    private const int GeneratedRumAttempts = 5;

    public async Task<CommandResult<long>> HandleAsync(SignMandateCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        if (command.SignedOn > ParisTime.Today(clock))
        {
            return CommandResult<long>.Fail(Messages.Mandate_SignedInFuture);
        }

        var typedRum = string.IsNullOrWhiteSpace(command.Rum) ? null : command.Rum.Trim();
        for (var attempt = 0; ; attempt++)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            var contact = await db.Contacts.AsNoTracking().Where(c => c.Id == command.ContactId)
                .Select(c => new { c.MemberNumber, c.Kind, c.FirstName, c.LastName, c.OrganisationName }).FirstOrDefaultAsync(ct);
            if (contact is null)
            {
                return CommandResult<long>.Fail(Messages.Contact_NotFound);
            }

            var rum = typedRum ?? $"CRMB{contact.MemberNumber}-{await db.SepaMandates.CountAsync(m => m.ContactId == command.ContactId, ct) + 1 + attempt}";
            var debtor = string.IsNullOrWhiteSpace(command.DebtorName)
                ? SepaText.Clean(ContactNames.Display(contact.Kind, null, contact.FirstName, contact.LastName, contact.OrganisationName), RecurringLimits.DebtorNameMaxLength)
                : command.DebtorName;
            try
            {
                var mandate = SepaMandate.Sign(command.ContactId, rum, command.SignedOn, command.Iban ?? "", command.Bic, debtor);
                db.SepaMandates.Add(mandate);
                await db.SaveChangesAsync(ct);
                return CommandResult<long>.Ok(mandate.Id);
            }
            catch (DomainException ex)
            {
                return CommandResult<long>.Fail(ex.Message);
            }
            catch (DbUpdateException ex) when (ex.IsRumTaken() && (typedRum is not null || attempt + 1 >= GeneratedRumAttempts))
            {
                return CommandResult<long>.Fail(string.Format(Messages.Mandate_RumTaken, rum));
            }
            catch (DbUpdateException ex) when (ex.IsRumTaken())
            {
                // A generated RUM someone else just took: try the next number with a fresh context.
            }
        }
    }
}
