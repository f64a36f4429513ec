using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>A direct debit under a mandate, collected on <paramref name="CollectionDay"/> from the first such day on or after <paramref name="FromDate"/>.</summary>
public sealed record StartDirectDebitCommand(
    long MandateId, decimal Amount, Periodicity Periodicity, int CollectionDay, DateOnly FromDate, string? CampaignCode = null);

public sealed class StartDirectDebitValidator : AbstractValidator<StartDirectDebitCommand>
{
    public StartDirectDebitValidator()
    {
        RuleFor(c => c.Amount).ValidGiftAmount();
        RuleFor(c => c.Periodicity).IsInEnum();
        RuleFor(c => c.CollectionDay).ValidCollectionDay();
        RuleFor(c => c.FromDate).NotEqual(default(DateOnly)).WithMessage(Messages.Recurring_FromDateRequired);
        RuleFor(c => c.CampaignCode).MaximumLength(Campaign.CodeMaxLength)
            .WithMessage(string.Format(Messages.Payment_CampaignCodeTooLong, Campaign.CodeMaxLength));
    }
}

public sealed class StartDirectDebitHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<StartDirectDebitCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(StartDirectDebitCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var mandate = await db.SepaMandates.AsNoTracking().FirstOrDefaultAsync(m => m.Id == command.MandateId, ct);
        if (mandate is null)
        {
            return CommandResult<long>.Fail(Messages.Mandate_Gone);
        }

        var (campaign, campaignError) = await PaymentCampaigns.ResolveAsync(db, mandate.ContactId, command.CampaignCode, ct);
        if (campaign is null)
        {
            return CommandResult<long>.Fail(campaignError!);
        }

        // Never a first collection in the past: the run only looks forward.
        var today = ParisTime.Today(clock);
        var from = command.FromDate < today ? today : command.FromDate;
        try
        {
            var gift = RecurringGift.ByDirectDebit(mandate, command.Amount, command.Periodicity, campaign.Id, from, command.CollectionDay);
            db.RecurringGifts.Add(gift);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(gift.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
    }
}
