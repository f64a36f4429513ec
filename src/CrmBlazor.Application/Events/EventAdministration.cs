using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Events;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Events;

public sealed record EventRow(
    long Id, string Name, DateOnly StartsOn, DateOnly EndsOn, string? Place, int? Capacity, decimal Fee, int SeatsTaken, int Waiting, uint Version);

public sealed record ListEventsQuery(string? Search, bool IncludePast, PageRequest Page);

/// <summary>Événements: upcoming first by date (past ones on request), with seats taken and the waiting list.</summary>
public sealed class ListEventsHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<PagedResult<EventRow>> HandleAsync(ListEventsQuery query, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = ParisTime.Today(clock);
        var events = db.Events.AsNoTracking().Where(e => query.IncludePast || e.EndsOn >= today);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim()}%";
            events = events.Where(e => EF.Functions.ILike(e.Name, pattern) || (e.Place != null && EF.Functions.ILike(e.Place, pattern)));
        }

        var total = await events.CountAsync(ct);
        var items = await Rows(db, query.IncludePast ? events.OrderByDescending(e => e.StartsOn) : events.OrderBy(e => e.StartsOn))
            .Skip(query.Page.Skip).Take(query.Page.Take).ToListAsync(ct);
        return new PagedResult<EventRow>(items, total);
    }

    public async Task<EventRow?> FindAsync(long eventId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await Rows(db, db.Events.AsNoTracking().Where(e => e.Id == eventId)).FirstOrDefaultAsync(ct);
    }

    private static IQueryable<EventRow> Rows(AppDbContext db, IQueryable<Event> events) =>
        events.Select(e => new EventRow(
            e.Id, e.Name, e.StartsOn, e.EndsOn, e.Place, e.Capacity, e.Fee,
            db.EventParticipations.Count(p => p.EventId == e.Id && EventParticipation.HoldingASeat.Contains(p.Status)),
            db.EventParticipations.Count(p => p.EventId == e.Id && p.Status == ParticipationStatus.WaitingList),
            e.Version));
}

/// <summary>An event as typed on its form; <paramref name="Id"/> null to create one.</summary>
public sealed record SaveEventCommand(long? Id, uint? Version, string Name, DateOnly StartsOn, DateOnly EndsOn, string? Place, int? Capacity, decimal Fee);

public sealed class SaveEventValidator : AbstractValidator<SaveEventCommand>
{
    public SaveEventValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(Messages.Event_NameRequired)
            .MaximumLength(EventLimits.NameMaxLength).WithMessage(string.Format(Messages.Event_NameTooLong, EventLimits.NameMaxLength));
        RuleFor(c => c.StartsOn).NotEqual(default(DateOnly)).WithMessage(Messages.Event_DatesRequired);
        RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).WithMessage(Messages.Event_DatesReversed);
        RuleFor(c => c.Place).MaximumLength(EventLimits.PlaceMaxLength).WithMessage(string.Format(Messages.Event_PlaceTooLong, EventLimits.PlaceMaxLength));
        RuleFor(c => c.Capacity).InclusiveBetween(1, EventLimits.MaxCapacity).When(c => c.Capacity is not null)
            .WithMessage(string.Format(Messages.Event_CapacityInvalid, EventLimits.MaxCapacity));
        RuleFor(c => c.Fee).Must(fee => fee == 0 || MoneyLimits.IsValidAmount(fee)).WithMessage(Messages.Event_FeeInvalid);
    }
}

/// <summary>Creates or edits an event (Superviseur, Administrateur). A capacity below the seats taken is refused by PostgreSQL at commit.</summary>
public sealed class SaveEventHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<SaveEventCommand> validator)
{
    public async Task<CommandResult<long>> HandleAsync(SaveEventCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<long>();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        try
        {
            Event e;
            if (command.Id is { } id)
            {
                e = await db.Events.FirstOrDefaultAsync(x => x.Id == id, ct) ?? throw new DomainException(Messages.Event_Gone);
                if (e.Version != command.Version)
                {
                    return CommandResult<long>.Fail(Messages.Event_ChangedMeanwhile);
                }

                e.Edit(command.Name, command.StartsOn, command.EndsOn, command.Place, command.Capacity, command.Fee);
            }
            else
            {
                e = Event.Create(command.Name, command.StartsOn, command.EndsOn, command.Place, command.Capacity, command.Fee);
                db.Events.Add(e);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(e.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Fail(Messages.Event_ChangedMeanwhile);
        }
        catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { ConstraintName: "ck_event_capacity" })
        {
            return CommandResult<long>.Fail(Messages.Event_CapacityBelowSeats);
        }
    }
}
