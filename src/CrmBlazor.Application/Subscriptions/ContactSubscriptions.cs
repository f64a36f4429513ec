using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Subscriptions;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Subscriptions;

/// <summary>Where a subscription stands today (Paris).</summary>
public enum SubscriptionState
{
    Upcoming,
    Running,
    Ended,
    Cancelled,
}

public sealed record SubscriptionRow(
    long Id, DateOnly StartsOn, DateOnly EndsOn, int IssueCount, decimal Amount, string CampaignCode, SubscriptionState State,
    string? CancelReason, uint Version);

/// <summary><paramref name="Version"/> is the subscription the operator saw.</summary>
public sealed record CancelSubscriptionCommand(long SubscriptionId, uint Version, string Reason);

public sealed class CancelSubscriptionValidator : AbstractValidator<CancelSubscriptionCommand>
{
    public CancelSubscriptionValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>Abonnements: the contact's subscriptions, latest start first, a page at a time.</summary>
public sealed class ContactSubscriptionsTabHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PagedResult<SubscriptionRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subscriptions = db.Subscriptions.AsNoTracking().Where(s => s.ContactId == contactId);
        var total = await subscriptions.CountAsync(ct);
        var rows = await subscriptions
            .OrderByDescending(s => s.StartsOn).ThenByDescending(s => s.Id)
            .Skip(page.Skip).Take(page.Take)
            .Join(db.Campaigns, s => s.CampaignId, c => c.Id, (s, c) => new { Subscription = s, c.Code })
            .ToListAsync(ct);
        var today = ParisTime.Today(clock);
        var items = rows.Select(r => new SubscriptionRow(
            r.Subscription.Id, r.Subscription.StartsOn, r.Subscription.EndsOn, r.Subscription.IssueCount, r.Subscription.Amount, r.Code,
            StateOn(r.Subscription, today), r.Subscription.CancelReason, r.Subscription.Version)).ToList();
        return new PagedResult<SubscriptionRow>(items, total);
    }

    public static SubscriptionState StateOn(Subscription subscription, DateOnly day) => subscription switch
    {
        { Status: SubscriptionStatus.Cancelled } => SubscriptionState.Cancelled,
        _ when subscription.IsRunningOn(day) => SubscriptionState.Running,
        _ when day < subscription.StartsOn => SubscriptionState.Upcoming,
        _ => SubscriptionState.Ended,
    };
}

public sealed class CancelSubscriptionHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<CancelSubscriptionCommand> validator)
{
    public async Task<CommandResult> HandleAsync(CancelSubscriptionCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var subscription = await db.Subscriptions.FirstOrDefaultAsync(s => s.Id == command.SubscriptionId, ct);
        if (subscription is null)
        {
            return CommandResult.Fail(Messages.Subscription_Gone);
        }

        if (subscription.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Subscription_ChangedMeanwhile);
        }

        try
        {
            subscription.Cancel(command.Reason);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Subscription_ChangedMeanwhile);
        }
    }
}
