using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring;

/// <summary>
/// A recurring card gift set up at PayZen: <paramref name="ProviderReference"/> is PayZen's subscription id and
/// <paramref name="CardExpiry"/> the card's MM/AAAA. No <paramref name="CampaignCode"/>: as for a payment, the last campaign received.
/// </summary>
public sealed record StartCardGiftCommand(
    long ContactId, decimal Amount, Periodicity Periodicity, DateOnly FirstDueOn, string? ProviderReference, string? CardExpiry,
    string? CampaignCode = null);

public sealed class StartCardGiftValidator : AbstractValidator<StartCardGiftCommand>
{
    public StartCardGiftValidator()
    {
        RuleFor(c => c.Amount).ValidGiftAmount();
        RuleFor(c => c.Periodicity).IsInEnum();
        RuleFor(c => c.FirstDueOn).NotEqual(default(DateOnly)).WithMessage(Messages.Recurring_FirstDueRequired);
        RuleFor(c => c.ProviderReference).ValidProviderReference();
        RuleFor(c => c.CardExpiry).Must(e => RecurringInputs.CardExpiry(e) is not null).WithMessage(Messages.Recurring_CardExpiryInvalid);
        RuleFor(c => c).Must(c => RecurringInputs.CardExpiry(c.CardExpiry) is not { } expiry || expiry >= c.FirstDueOn)
            .WithMessage(Messages.Recurring_CardExpiresBeforeFirstDue);
        RuleFor(c => c.CampaignCode).MaximumLength(Campaign.CodeMaxLength)
            .WithMessage(string.Format(Messages.Payment_CampaignCodeTooLong, Campaign.CodeMaxLength));
    }
}

public sealed class StartCardGiftHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, IValidator<StartCardGiftCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(StartCardGiftCommand command, CancellationToken ct = default)
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

        return await ProviderGifts.StartAsync(dbFactory, command.ContactId, command.CampaignCode, campaignId => RecurringGift.ByCard(
            command.ContactId, command.Amount, command.Periodicity, campaignId, command.FirstDueOn, command.ProviderReference,
            RecurringInputs.CardExpiry(command.CardExpiry)), ct);
    }
}
