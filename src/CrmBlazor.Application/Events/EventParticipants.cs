using System.Globalization;
using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Events;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Events;

public sealed record ParticipantRow(
    long Id, long ContactId, long MemberNumber, string Name, ParticipationStatus Status, DateTimeOffset RegisteredAt, decimal Paid,
    string? CancelReason, uint Version);

/// <summary>The participants of an event, in registration order, a page at a time; or all of them for the export.</summary>
public sealed class EventParticipantsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<ParticipantRow>> HandleAsync(long eventId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var participations = db.EventParticipations.AsNoTracking().Where(p => p.EventId == eventId);
        var total = await participations.CountAsync(ct);
        var items = await Rows(db, participations.OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).Skip(page.Skip).Take(page.Take), ct);
        return new PagedResult<ParticipantRow>(items, total);
    }

    /// <summary>The participant list as a CSV file for a spreadsheet: UTF-8 with BOM, « ; » separated, French dates and amounts.</summary>
    public async Task<(string FileName, byte[] Content)?> ExportAsync(long eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var e = await db.Events.AsNoTracking().FirstOrDefaultAsync(x => x.Id == eventId, ct);
        if (e is null)
        {
            return null;
        }

        var rows = await Rows(db, db.EventParticipations.AsNoTracking().Where(p => p.EventId == eventId).OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id), ct);
        var french = CultureInfo.GetCultureInfo("fr-FR");
        var csv = new StringBuilder();
        csv.Append("N° adhérent;Nom;Statut;Inscrit le;Payé\r\n");
        foreach (var row in rows)
        {
            csv.Append(CultureInfo.InvariantCulture, $"{row.MemberNumber};{Cell(row.Name)};{Cell(EnumLabels.Of(row.Status))};")
               .Append(ParisTime.ToParis(row.RegisteredAt).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(';')
               .Append(row.Paid.ToString("0.00", french)).Append("\r\n");
        }

        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true).GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return ($"participants-{e.StartsOn:yyyy-MM-dd}-{e.Id}.csv", bytes);
    }

    /// <summary>Quotes a cell holding the separator, a quote or a line break; neutralises formulas a spreadsheet would run.</summary>
    public static string Cell(string value)
    {
        var safe = value.Length > 0 && "=+-@".Contains(value[0]) ? "'" + value : value;
        return safe.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? $"\"{safe.Replace("\"", "\"\"")}\"" : safe;
    }

    private static async Task<List<ParticipantRow>> Rows(AppDbContext db, IQueryable<EventParticipation> participations, CancellationToken ct)
    {
        var rows = await participations
            .Join(db.Contacts, p => p.ContactId, c => c.Id, (p, c) => new
            {
                Participation = p,
                Contact = c,
                Paid = db.EventFees.Where(f => f.ParticipationId == p.Id && !f.IsCancelled).Sum(f => (decimal?)f.Amount) ?? 0,
            })
            .ToListAsync(ct);
        return rows.Select(r => new ParticipantRow(
            r.Participation.Id, r.Contact.Id, r.Contact.MemberNumber, r.Contact.DisplayName, r.Participation.Status, r.Participation.RegisteredAt,
            r.Paid, r.Participation.CancelReason, r.Participation.Version)).ToList();
    }
}

public sealed record RegisterParticipantCommand(long EventId, long ContactId);

/// <summary>
/// Registers a contact: a seat while there is one (confirmed at once when the event is free), the waiting list otherwise.
/// The event row is locked so two registrations for the last seat queue; PostgreSQL checks the capacity again at commit.
/// A cancelled registration is reopened rather than duplicated.
/// </summary>
public sealed class RegisterParticipantHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<ParticipationStatus>> HandleAsync(RegisterParticipantCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
        {
            return CommandResult<ParticipationStatus>.Fail(Messages.Contact_NotFound);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var e = (await db.Events.FromSql($"SELECT *, xmin FROM events WHERE id = {command.EventId} FOR UPDATE").AsNoTracking().ToListAsync(ct)).SingleOrDefault();
        if (e is null)
        {
            return CommandResult<ParticipationStatus>.Fail(Messages.Event_Gone);
        }

        var existing = await db.EventParticipations.FirstOrDefaultAsync(p => p.EventId == e.Id && p.ContactId == command.ContactId, ct);
        if (existing is not null && existing.Status != ParticipationStatus.Cancelled)
        {
            return CommandResult<ParticipationStatus>.Fail(Messages.Event_AlreadyRegistered);
        }

        var taken = await db.EventParticipations.CountAsync(p => p.EventId == e.Id && EventParticipation.HoldingASeat.Contains(p.Status), ct);
        EventParticipation participation;
        if (existing is not null)
        {
            // Reopening keeps the one row per contact and event (and its paid fees); its history stays in the journal.
            existing.Reopen(e, taken, clock.GetUtcNow());
            participation = existing;
        }
        else
        {
            participation = EventParticipation.Register(e, command.ContactId, taken, clock.GetUtcNow());
            db.EventParticipations.Add(participation);
        }

        try
        {
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommandResult<ParticipationStatus>.Ok(participation.Status);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<ParticipationStatus>.Fail(Messages.Event_AlreadyRegistered);
        }
    }
}

public enum ParticipationChange
{
    Attended,
    Cancel,
}

public sealed record ChangeParticipationCommand(long ParticipationId, uint Version, ParticipationChange Change, string? Reason = null);

public sealed class ChangeParticipationValidator : AbstractValidator<ChangeParticipationCommand>
{
    public ChangeParticipationValidator() =>
        When(c => c.Change == ParticipationChange.Cancel, () => RuleFor(c => c.Reason!).ValidReason());
}

/// <summary>Marks a participant present, or cancels a registration; a freed seat goes to the first of the waiting list.</summary>
public sealed class ChangeParticipationHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<ChangeParticipationCommand> validator)
{
    public async Task<CommandResult> HandleAsync(ChangeParticipationCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var participation = await db.EventParticipations.FirstOrDefaultAsync(p => p.Id == command.ParticipationId, ct);
        if (participation is null)
        {
            return CommandResult.Fail(Messages.Participation_Gone);
        }

        if (participation.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Participation_ChangedMeanwhile);
        }

        var e = (await db.Events.FromSql($"SELECT *, xmin FROM events WHERE id = {participation.EventId} FOR UPDATE").AsNoTracking().ToListAsync(ct)).Single();
        try
        {
            if (command.Change == ParticipationChange.Attended)
            {
                participation.MarkAttended();
            }
            else
            {
                var freesASeat = participation.HoldsASeat;
                participation.Cancel(command.Reason!);
                if (freesASeat)
                {
                    var next = await db.EventParticipations.Where(p => p.EventId == e.Id && p.Status == ParticipationStatus.WaitingList)
                        .OrderBy(p => p.RegisteredAt).ThenBy(p => p.Id).FirstOrDefaultAsync(ct);
                    next?.Promote(e);
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Participation_ChangedMeanwhile);
        }
    }
}

public sealed record ContactEventRow(
    long ParticipationId, long EventId, string EventName, DateOnly StartsOn, string? Place, decimal Fee, ParticipationStatus Status, uint Version);

/// <summary>Événements tab: the contact's registrations, latest event first.</summary>
public sealed class ContactEventsTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<ContactEventRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = db.EventParticipations.AsNoTracking().Where(p => p.ContactId == contactId)
            .Join(db.Events, p => p.EventId, e => e.Id, (p, e) => new { p, e });
        var total = await rows.CountAsync(ct);
        var items = await rows.OrderByDescending(r => r.e.StartsOn).ThenByDescending(r => r.p.Id).Skip(page.Skip).Take(page.Take)
            .Select(r => new ContactEventRow(r.p.Id, r.e.Id, r.e.Name, r.e.StartsOn, r.e.Place, r.e.Fee, r.p.Status, r.p.Version))
            .ToListAsync(ct);
        return new PagedResult<ContactEventRow>(items, total);
    }
}
