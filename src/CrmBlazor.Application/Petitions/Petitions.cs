using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Petitions;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Petitions;

public sealed record PetitionRow(long Id, string Name, long? CampaignId, string? CampaignCode, DateOnly StartsOn, DateOnly? EndsOn, int SignatureCount);

public sealed record CreatePetitionCommand(string Name, long? CampaignId, DateOnly StartsOn, DateOnly? EndsOn);

public sealed record SignatureRow(long Id, long PetitionId, string PetitionName, DateOnly SignedOn, string? CampaignCode, SignatureSource Source);

public sealed record SignPetitionCommand(long ContactId, long PetitionId, DateOnly SignedOn, SignatureSource Source);

public sealed class CreatePetitionValidator : AbstractValidator<CreatePetitionCommand>
{
    public CreatePetitionValidator()
    {
        RuleFor(c => c.Name).Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(Messages.Petition_NameRequired)
            .Must(n => n is null || n.Trim().Length <= PetitionLimits.NameMaxLength)
            .WithMessage(string.Format(Messages.Petition_NameTooLong, PetitionLimits.NameMaxLength));
        RuleFor(c => c.EndsOn).Must((c, end) => end is null || end >= c.StartsOn).WithMessage(Messages.Petition_EndBeforeStart);
    }
}

public sealed class SignPetitionValidator : AbstractValidator<SignPetitionCommand>
{
    public SignPetitionValidator()
    {
        RuleFor(c => c.PetitionId).GreaterThan(0).WithMessage(Messages.Petition_Required);
        RuleFor(c => c.Source).IsInEnum();
    }
}

/// <summary>The petitions, newest first, with how many signed each; a page at a time.</summary>
public sealed class ListPetitionsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<PetitionRow>> HandleAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var total = await db.Petitions.CountAsync(ct);
        var rows = await db.Petitions.AsNoTracking()
            .OrderByDescending(p => p.StartsOn).ThenByDescending(p => p.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(p => new PetitionRow(
                p.Id, p.Name, p.CampaignId, db.Campaigns.Where(c => c.Id == p.CampaignId).Select(c => c.Code).FirstOrDefault(),
                p.StartsOn, p.EndsOn, db.PetitionSignatures.Count(s => s.PetitionId == p.Id)))
            .ToListAsync(ct);
        return new PagedResult<PetitionRow>(rows, total);
    }

    /// <summary>The petitions open on <paramref name="day"/> or recently closed: what an operator records a signature for.</summary>
    public async Task<IReadOnlyList<PetitionRow>> ChoicesAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Petitions.AsNoTracking().OrderByDescending(p => p.StartsOn).Take(200)
            .Select(p => new PetitionRow(p.Id, p.Name, p.CampaignId, null, p.StartsOn, p.EndsOn, 0)).ToListAsync(ct);
    }
}

public sealed class CreatePetitionHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<CreatePetitionCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(CreatePetitionCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (command.CampaignId is { } campaignId && !await db.Campaigns.AnyAsync(c => c.Id == campaignId, ct))
        {
            return CommandResult<long>.Fail(Messages.Petition_CampaignUnknown);
        }

        try
        {
            var petition = Petition.Create(command.Name, command.CampaignId, command.StartsOn, command.EndsOn);
            db.Petitions.Add(petition);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(petition.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(Messages.Petition_NameTaken);
        }
    }
}

/// <summary>Mobilisations: the petitions the contact signed, latest first, a page at a time.</summary>
public sealed class ContactSignaturesTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<SignatureRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var signatures = db.PetitionSignatures.AsNoTracking().Where(s => s.ContactId == contactId);
        var total = await signatures.CountAsync(ct);
        var rows = await signatures
            .Join(db.Petitions, s => s.PetitionId, p => p.Id, (s, p) => new { s, p.Name })
            .OrderByDescending(x => x.s.SignedOn).ThenByDescending(x => x.s.Id)
            .Skip(page.Skip).Take(page.Take)
            .Select(x => new SignatureRow(
                x.s.Id, x.s.PetitionId, x.Name, x.s.SignedOn, db.Campaigns.Where(c => c.Id == x.s.CampaignId).Select(c => c.Code).FirstOrDefault(),
                x.s.Source))
            .ToListAsync(ct);
        return new PagedResult<SignatureRow>(rows, total);
    }
}

/// <summary>An operator records that the contact signed: the signature takes the petition's campaign.</summary>
public sealed class SignPetitionHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SignPetitionCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(SignPetitionCommand command, CancellationToken ct = default)
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

        var petition = await db.Petitions.AsNoTracking().FirstOrDefaultAsync(p => p.Id == command.PetitionId, ct);
        if (petition is null)
        {
            return CommandResult<long>.Fail(Messages.Petition_Required);
        }

        if (await db.PetitionSignatures.AnyAsync(s => s.PetitionId == command.PetitionId && s.ContactId == command.ContactId, ct))
        {
            return CommandResult<long>.Fail(Messages.Petition_AlreadySigned);
        }

        try
        {
            var signature = PetitionSignature.Sign(command.PetitionId, command.ContactId, command.SignedOn, petition.CampaignId, command.Source);
            db.PetitionSignatures.Add(signature);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(signature.Id);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(Messages.Petition_AlreadySigned);
        }
    }
}
