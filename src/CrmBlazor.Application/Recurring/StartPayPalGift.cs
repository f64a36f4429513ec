using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>A recurring PayPal gift: <paramref name="ProviderReference"/> is PayPal's subscription id (I-…).</summary>
public sealed record StartPayPalGiftCommand(
    long ContactId, decimal Amount, Periodicity Periodicity, DateOnly FirstDueOn, string? ProviderReference, string? CampaignCode = null);

public sealed class StartPayPalGiftValidator : AbstractValidator<StartPayPalGiftCommand>
{
    public StartPayPalGiftValidator()
    {
        RuleFor(c => c.Amount).ValidGiftAmount();
        RuleFor(c => c.Periodicity).IsInEnum();
        RuleFor(c => c.FirstDueOn).NotEqual(default(DateOnly)).WithMessage(Messages.Recurring_FirstDueRequired);
        RuleFor(c => c.ProviderReference).ValidProviderReference();
        RuleFor(c => c.CampaignCode).MaximumLength(Campaign.CodeMaxLength)
            .WithMessage(string.Format(Messages.Payment_CampaignCodeTooLong, Campaign.CodeMaxLength));
    }
}

public sealed class StartPayPalGiftHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<StartPayPalGiftCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(StartPayPalGiftCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        if (command.FirstDueOn < ParisTime.Today(clock))
        {
            return CommandResult<long>.Fail(Messages.Recurring_FirstDueInPast);
        }

        return await ProviderGifts.StartAsync(dbFactory, command.ContactId, command.CampaignCode, campaignId => RecurringGift.ByPayPal(
            command.ContactId, command.Amount, command.Periodicity, campaignId, command.FirstDueOn, command.ProviderReference), ct);
    }
}
