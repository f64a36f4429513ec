using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>
/// A new amount, payment method or rhythm. The gift is never rewritten: it ends and a new one starts from its next due
/// date. Cards and PayPal need the new subscription's reference; a direct debit names its mandate.
/// </summary>
public sealed record ChangeRecurringGiftCommand(
    long GiftId, uint Version, decimal Amount, RecurringChannel Channel, Periodicity Periodicity,
    string? ProviderReference = null, string? CardExpiry = null, long? MandateId = null, int? CollectionDay = null);

public sealed class ChangeRecurringGiftValidator : AbstractValidator<ChangeRecurringGiftCommand>
{
    public ChangeRecurringGiftValidator()
    {
        RuleFor(c => c.Amount).ValidGiftAmount();
        RuleFor(c => c.Channel).IsInEnum();
        RuleFor(c => c.Periodicity).IsInEnum();
        When(c => c.Channel != RecurringChannel.DirectDebit, () => RuleFor(c => c.ProviderReference).ValidProviderReference());
        When(c => c.Channel == RecurringChannel.Card, () =>
            RuleFor(c => c.CardExpiry).Must(e => RecurringInputs.CardExpiry(e) is not null).WithMessage(Messages.Recurring_CardExpiryInvalid));
        When(c => c.Channel == RecurringChannel.DirectDebit, () =>
        {
            RuleFor(c => c.MandateId).NotNull().WithMessage(Messages.Recurring_MandateRequired);
            RuleFor(c => c.CollectionDay ?? DueDates.MinAnchorDay).ValidCollectionDay();
        });
    }
}

/// <summary>Ends the gift and adds its successor in one SaveChanges: both or neither.</summary>
public sealed class ChangeRecurringGiftHandler(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<ChangeRecurringGiftCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(ChangeRecurringGiftCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var gift = await db.RecurringGifts.FirstOrDefaultAsync(g => g.Id == command.GiftId, ct);
        if (gift is null)
        {
            return CommandResult<long>.Fail(Messages.Recurring_Gone);
        }

        if (gift.Version != command.Version)
        {
            return CommandResult<long>.Fail(Messages.Recurring_ChangedMeanwhile);
        }

        SepaMandate? mandate = null;
        if (command.Channel == RecurringChannel.DirectDebit)
        {
            mandate = await db.SepaMandates.AsNoTracking().FirstOrDefaultAsync(m => m.Id == command.MandateId, ct);
            if (mandate is null)
            {
                return CommandResult<long>.Fail(Messages.Mandate_Gone);
            }

            if (mandate.ContactId != gift.ContactId)
            {
                return CommandResult<long>.Fail(Messages.Mandate_OtherContact);
            }
        }

        try
        {
            var next = gift.ReplaceWith(
                command.Amount, command.Channel, command.Periodicity, ParisTime.Today(clock), command.ProviderReference,
                RecurringInputs.CardExpiry(command.CardExpiry), mandate, command.CollectionDay);
            db.RecurringGifts.Add(next);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(next.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Fail(Messages.Recurring_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.IsProviderReferenceTaken())
        {
            return CommandResult<long>.Fail(Messages.Recurring_ProviderReferenceTaken);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // The unique index on replaces_id: someone replaced this gift a moment earlier.
            return CommandResult<long>.Fail(Messages.Recurring_ChangedMeanwhile);
        }
    }
}
