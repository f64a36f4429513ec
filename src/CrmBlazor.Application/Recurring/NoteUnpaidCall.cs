using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>What the donor said when called about an unpaid instalment; <paramref name="Version"/> is the instalment seen.</summary>
public sealed record NoteUnpaidCallCommand(long InstalmentId, uint Version, string Note);

public sealed class NoteUnpaidCallValidator : AbstractValidator<NoteUnpaidCallCommand>
{
    public NoteUnpaidCallValidator() =>
        RuleFor(c => c.Note).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(Messages.Unpaid_NoteRequired)
            .Must(n => n is null || n.Trim().Length <= RecurringLimits.NoteMaxLength)
            .WithMessage(string.Format(Messages.Unpaid_NoteTooLong, RecurringLimits.NoteMaxLength));
}

/// <summary>Adds a dated, signed line to the instalment's follow-up notes.</summary>
public sealed class NoteUnpaidCallHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActorContext actor, IValidator<NoteUnpaidCallCommand> validator)
{
    public async Task<CommandResult> HandleAsync(NoteUnpaidCallCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var instalment = await db.Instalments.FirstOrDefaultAsync(i => i.DonationId == command.InstalmentId, ct);
        if (instalment is null)
        {
            return CommandResult.Fail(Messages.Unpaid_Gone);
        }

        if (instalment.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Unpaid_ChangedMeanwhile);
        }

        try
        {
            instalment.NoteCall(command.Note, clock.GetUtcNow(), actor.Current.Name);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Unpaid_ChangedMeanwhile);
        }
    }
}
