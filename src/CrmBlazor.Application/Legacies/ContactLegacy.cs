using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Legacies;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Legacies;

/// <summary>The legacy block of the Infos tab. <paramref name="Version"/> is null while the contact has no legacy file.</summary>
public sealed record LegacyView(
    DateOnly? InformationSentOn, long? InformationDocumentId, string? InformationDocumentTitle, DateOnly? PledgedOn, DateOnly? ConfirmedOn,
    string? UndoReason, uint? Version)
{
    public static LegacyView Empty { get; } = new(null, null, null, null, null, null, null);

    public LegacyStep CurrentStep => Legacy.StepOf(InformationSentOn, PledgedOn, ConfirmedOn);
}

/// <summary>A document of the contact the « Informations envoyées » step may point at.</summary>
public sealed record LegacyDocumentChoice(long Id, string Title, DateTimeOffset CreatedAt);

/// <summary>Presses a step's button: today's Paris date is stamped. <paramref name="Version"/> is the file the operator saw (null: none yet).</summary>
public sealed record RecordLegacyStepCommand(long ContactId, LegacyStep Step, uint? Version, long? DocumentId = null);

public sealed record UndoLegacyStepCommand(long ContactId, LegacyStep Step, uint Version, string Reason);

public sealed class UndoLegacyStepValidator : AbstractValidator<UndoLegacyStepCommand>
{
    public UndoLegacyStepValidator() => RuleFor(c => c.Reason).ValidReason();
}

public sealed class ContactLegacyHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<LegacyView> HandleAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var view = await db.Legacies.AsNoTracking().Where(l => l.ContactId == contactId)
            .Select(l => new LegacyView(
                l.InformationSentOn, l.InformationDocumentId,
                db.Documents.Where(d => d.Id == l.InformationDocumentId).Select(d => d.Title).FirstOrDefault(),
                l.PledgedOn, l.ConfirmedOn, l.UndoReason, l.Version))
            .FirstOrDefaultAsync(ct);
        return view ?? LegacyView.Empty;
    }

    /// <summary>The contact's documents, newest first, for the « Informations envoyées » step.</summary>
    public async Task<IReadOnlyList<LegacyDocumentChoice>> DocumentsAsync(long contactId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Documents.AsNoTracking().Where(d => d.ContactId == contactId)
            .OrderByDescending(d => d.CreatedAt).Take(50)
            .Select(d => new LegacyDocumentChoice(d.Id, d.Title, d.CreatedAt)).ToListAsync(ct);
    }
}

public sealed class RecordLegacyStepHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult> HandleAsync(RecordLegacyStepCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
        {
            return CommandResult.Fail(Messages.Contact_NotFound);
        }

        if (command.DocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.Id == documentId && d.ContactId == command.ContactId, ct))
        {
            return CommandResult.Fail(Messages.Legacy_DocumentNotOfContact);
        }

        var legacy = await db.Legacies.FirstOrDefaultAsync(l => l.ContactId == command.ContactId, ct);
        if (legacy?.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Legacy_ChangedMeanwhile);
        }

        if (legacy is null)
        {
            legacy = Legacy.Open(command.ContactId);
            db.Legacies.Add(legacy);
        }

        try
        {
            legacy.Record(command.Step, ParisTime.Today(clock), command.DocumentId);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Legacy_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult.Fail(Messages.Legacy_ChangedMeanwhile);
        }
    }
}

public sealed class UndoLegacyStepHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<UndoLegacyStepCommand> validator)
{
    public async Task<CommandResult> HandleAsync(UndoLegacyStepCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var legacy = await db.Legacies.FirstOrDefaultAsync(l => l.ContactId == command.ContactId, ct);
        if (legacy is null || legacy.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Legacy_ChangedMeanwhile);
        }

        try
        {
            legacy.UndoLatest(command.Step, command.Reason);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Legacy_ChangedMeanwhile);
        }
    }
}
