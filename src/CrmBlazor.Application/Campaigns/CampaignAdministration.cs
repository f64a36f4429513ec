using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Campaigns;

public sealed record CampaignRow(
    long Id, string Code, string Name, CampaignChannel Channel, DateOnly StartsOn, DateOnly? EndsOn, decimal? Cost,
    int? RecipientCount, bool IsGeneric, DateOnly? ClosedOn, int Receptions, uint Version);

public sealed record ListCampaignsQuery(string? Text, bool IncludeClosed, PageRequest Page);

/// <summary>Creates (no <paramref name="Id"/>) or edits a campaign.</summary>
public sealed record SaveCampaignCommand(
    long? Id, uint Version, string Code, string Name, CampaignChannel Channel, DateOnly StartsOn, DateOnly? EndsOn, decimal? Cost, int? RecipientCount);

public sealed record CloseCampaignCommand(long Id, uint Version, bool Close);

/// <summary>A campaign as offered in pick lists.</summary>
public sealed record CampaignChoice(long Id, string Code, string Name, bool IsGeneric);

public sealed class SaveCampaignValidator : AbstractValidator<SaveCampaignCommand>
{
    public SaveCampaignValidator()
    {
        RuleFor(c => c.Code).NotEmpty().WithMessage(Messages.Campaign_CodeRequired)
            .MaximumLength(Campaign.CodeMaxLength).WithMessage(string.Format(Messages.Campaign_CodeTooLong, Campaign.CodeMaxLength))
            .Matches("^[A-Za-z0-9_-]+$").WithMessage(Messages.Campaign_CodeCharacters);
        RuleFor(c => c.Name).NotEmpty().WithMessage(Messages.Campaign_NameRequired)
            .MaximumLength(Campaign.NameMaxLength).WithMessage(string.Format(Messages.Campaign_NameTooLong, Campaign.NameMaxLength));
        RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).When(c => c.EndsOn is not null).WithMessage(Messages.Campaign_DatesReversed);
        RuleFor(c => c.Cost).GreaterThanOrEqualTo(0).WithMessage(Messages.Campaign_CostNegative)
            .PrecisionScale(12, 2, true).WithMessage(Messages.Campaign_CostPrecision);
        RuleFor(c => c.RecipientCount).GreaterThanOrEqualTo(0).WithMessage(Messages.Campaign_RecipientsNegative);
    }
}

public sealed class ListCampaignsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<CampaignRow>> HandleAsync(ListCampaignsQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var campaigns = db.Campaigns.AsNoTracking();
        if (!query.IncludeClosed)
        {
            campaigns = campaigns.Where(c => c.ClosedOn == null);
        }

        if (!string.IsNullOrWhiteSpace(query.Text))
        {
            var pattern = $"%{query.Text.Trim()}%";
            campaigns = campaigns.Where(c => EF.Functions.ILike(c.Code, pattern) || EF.Functions.ILike(c.Name, pattern));
        }

        var total = await campaigns.CountAsync(ct);
        var rows = await campaigns.OrderByDescending(c => c.IsGeneric).ThenByDescending(c => c.StartsOn).ThenBy(c => c.Code)
            .Skip(query.Page.Skip).Take(query.Page.Take)
            .Select(c => new CampaignRow(c.Id, c.Code, c.Name, c.Channel, c.StartsOn, c.EndsOn, c.Cost, c.RecipientCount, c.IsGeneric, c.ClosedOn,
                db.CampaignReceptions.Count(r => r.CampaignId == c.Id), c.Version))
            .ToListAsync(ct);
        return new PagedResult<CampaignRow>(rows, total);
    }
}

public sealed class CampaignChoicesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Open campaigns matching <paramref name="text"/>, the generic one first, then the newest.</summary>
    public async Task<IReadOnlyList<CampaignChoice>> HandleAsync(string? text, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var campaigns = db.Campaigns.AsNoTracking().Where(c => c.ClosedOn == null);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var pattern = $"%{text.Trim()}%";
            campaigns = campaigns.Where(c => EF.Functions.ILike(c.Code, pattern) || EF.Functions.ILike(c.Name, pattern));
        }

        return await campaigns.OrderByDescending(c => c.IsGeneric).ThenByDescending(c => c.StartsOn).Take(20)
            .Select(c => new CampaignChoice(c.Id, c.Code, c.Name, c.IsGeneric)).ToListAsync(ct);
    }
}

public sealed class SaveCampaignHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveCampaignCommand> validator)
{
    public async Task<CommandResult> HandleAsync(SaveCampaignCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = command.Code.Trim().ToUpperInvariant();
        if (await db.Campaigns.AnyAsync(c => c.Code == code && c.Id != command.Id, ct))
        {
            return CommandResult.Fail(string.Format(Messages.Campaign_CodeTaken, code));
        }

        try
        {
            if (command.Id is { } id)
            {
                var (campaign, error) = await CampaignEditing.LoadAsync(db, id, command.Version, ct);
                if (campaign is null)
                {
                    return error!;
                }

                campaign.Edit(code, command.Name, command.Channel, command.StartsOn, command.EndsOn, command.Cost, command.RecipientCount);
            }
            else
            {
                var campaign = Campaign.Create(code, command.Name, command.Channel, command.StartsOn);
                campaign.Edit(code, command.Name, command.Channel, command.StartsOn, command.EndsOn, command.Cost, command.RecipientCount);
                db.Campaigns.Add(campaign);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Campaign_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult.Fail(string.Format(Messages.Campaign_CodeTaken, code));
        }
    }
}

public sealed class CloseCampaignHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(CloseCampaignCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (campaign, error) = await CampaignEditing.LoadAsync(db, command.Id, command.Version, ct);
        if (campaign is null)
        {
            return error!;
        }

        try
        {
            if (command.Close)
            {
                campaign.Close(ParisTime.Today(clock));
            }
            else
            {
                campaign.Reopen();
            }

            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Campaign_ChangedMeanwhile);
        }
    }
}

internal static class CampaignEditing
{
    /// <summary>The campaign as the administrator saw it, or the French reason it can no longer be changed.</summary>
    public static async Task<(Campaign? Campaign, CommandResult? Error)> LoadAsync(AppDbContext db, long id, uint version, CancellationToken ct)
    {
        var campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == id, ct);
        if (campaign is null)
        {
            return (null, CommandResult.Fail(Messages.Campaign_Unknown));
        }

        return campaign.Version == version
            ? (campaign, null)
            : (null, CommandResult.Fail(string.Format(Messages.Campaign_Conflict, campaign.Code, campaign.Name)));
    }
}
