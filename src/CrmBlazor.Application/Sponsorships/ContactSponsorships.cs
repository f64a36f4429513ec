using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Sponsorships;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Sponsorships;

public sealed record SponsorshipRow(
    long Id, SponsoredKind Kind, string Label, DateOnly StartsOn, DateOnly? EndsOn, decimal MonthlyAmount, SponsorshipStatus Status,
    string? StatusReason, bool IsActiveNow, uint Version);

public sealed record StartSponsorshipCommand(long ContactId, SponsoredKind Kind, string Label, DateOnly StartsOn, DateOnly? EndsOn, decimal MonthlyAmount);

public sealed record SuspendSponsorshipCommand(long SponsorshipId, uint Version, string Reason);

public sealed record ResumeSponsorshipCommand(long SponsorshipId, uint Version);

public sealed record EndSponsorshipCommand(long SponsorshipId, uint Version, DateOnly EndsOn, string Reason);

public sealed class StartSponsorshipValidator : AbstractValidator<StartSponsorshipCommand>
{
    public StartSponsorshipValidator()
    {
        RuleFor(c => c.Label).Must(l => !string.IsNullOrWhiteSpace(l)).WithMessage(Messages.Sponsorship_LabelRequired)
            .Must(l => l is null || l.Trim().Length <= SponsorshipLimits.LabelMaxLength)
            .WithMessage(string.Format(Messages.Sponsorship_LabelTooLong, SponsorshipLimits.LabelMaxLength));
        RuleFor(c => c.MonthlyAmount).Must(MoneyLimits.IsValidAmount).WithMessage(Messages.Sponsorship_AmountInvalid);
        RuleFor(c => c.EndsOn).Must((c, end) => end is null || end >= c.StartsOn).WithMessage(Messages.Sponsorship_EndBeforeStart);
        RuleFor(c => c.Kind).IsInEnum();
    }
}

public sealed class SuspendSponsorshipValidator : AbstractValidator<SuspendSponsorshipCommand>
{
    public SuspendSponsorshipValidator() => RuleFor(c => c.Reason).ValidReason();
}

public sealed class EndSponsorshipValidator : AbstractValidator<EndSponsorshipCommand>
{
    public EndSponsorshipValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>Parrainages: the contact's sponsorships, latest start first, a page at a time.</summary>
public sealed class ContactSponsorshipsTabHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PagedResult<SponsorshipRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sponsorships = db.Sponsorships.AsNoTracking().Where(s => s.ContactId == contactId);
        var total = await sponsorships.CountAsync(ct);
        var rows = await sponsorships.OrderByDescending(s => s.StartsOn).ThenByDescending(s => s.Id)
            .Skip(page.Skip).Take(page.Take).ToListAsync(ct);
        var today = ParisTime.Today(clock);
        var items = rows.Select(s => new SponsorshipRow(
            s.Id, s.Kind, s.Label, s.StartsOn, s.EndsOn, s.MonthlyAmount, s.Status, s.StatusReason, s.IsActiveOn(today), s.Version)).ToList();
        return new PagedResult<SponsorshipRow>(items, total);
    }

    /// <summary>How many of the contact's sponsorships run today (Paris): the number the Infos tab shows.</summary>
    public async Task<int> ActiveNowAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = ParisTime.Today(clock);
        return await db.Sponsorships.CountAsync(
            s => s.ContactId == contactId && s.Status == SponsorshipStatus.Active && s.StartsOn <= today && (s.EndsOn == null || s.EndsOn >= today), ct);
    }
}

public sealed class StartSponsorshipHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<StartSponsorshipCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(StartSponsorshipCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
        {
            return CommandResult<long>.Fail(Messages.Contact_NotFound);
        }

        try
        {
            var sponsorship = Sponsorship.Start(command.ContactId, command.Kind, command.Label, command.StartsOn, command.EndsOn, command.MonthlyAmount);
            db.Sponsorships.Add(sponsorship);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(sponsorship.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
    }
}

/// <summary>Suspend, resume and end: load the row the operator saw, apply the domain method, save.</summary>
public sealed class ChangeSponsorshipStatusHandler(
    IDbContextFactory<AppDbContext> dbFactory, IValidator<SuspendSponsorshipCommand> suspendValidator, IValidator<EndSponsorshipCommand> endValidator)
{
    public async Task<CommandResult> HandleAsync(SuspendSponsorshipCommand command, CancellationToken ct = default)
    {
        var validation = await suspendValidator.ValidateAsync(command, ct);
        return validation.IsValid
            ? await ApplyAsync(command.SponsorshipId, command.Version, s => s.Suspend(command.Reason), ct)
            : validation.ToCommandResult();
    }

    public Task<CommandResult> HandleAsync(ResumeSponsorshipCommand command, CancellationToken ct = default) =>
        ApplyAsync(command.SponsorshipId, command.Version, s => s.Resume(), ct);

    public async Task<CommandResult> HandleAsync(EndSponsorshipCommand command, CancellationToken ct = default)
    {
        var validation = await endValidator.ValidateAsync(command, ct);
        return validation.IsValid
            ? await ApplyAsync(command.SponsorshipId, command.Version, s => s.End(command.EndsOn, command.Reason), ct)
            : validation.ToCommandResult();
    }

    private async Task<CommandResult> ApplyAsync(long id, uint version, Action<Sponsorship> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var sponsorship = await db.Sponsorships.FirstOrDefaultAsync(s => s.Id == id, ct);
        if (sponsorship is null)
        {
            return CommandResult.Fail(Messages.Sponsorship_Gone);
        }

        if (sponsorship.Version != version)
        {
            return CommandResult.Fail(Messages.Sponsorship_ChangedMeanwhile);
        }

        try
        {
            change(sponsorship);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Sponsorship_ChangedMeanwhile);
        }
    }
}
