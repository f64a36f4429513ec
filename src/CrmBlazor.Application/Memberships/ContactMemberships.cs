using CrmBlazor.Application.Common;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Infrastructure.Data;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Memberships;

/// <summary>A new membership for a contact, pending until its fee is paid.</summary>
public sealed record EnterMembershipCommand(long ContactId, long TypeId);

public sealed class EnterMembershipHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<long>> HandleAsync(EnterMembershipCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await db.Contacts.AnyAsync(c => c.Id == command.ContactId, ct))
        {
            return CommandResult<long>.Fail(Messages.Contact_NotFound);
        }

        var type = await db.MembershipTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Id == command.TypeId, ct);
        if (type is null)
        {
            return CommandResult<long>.Fail(Messages.MembershipType_Gone);
        }

        if (await db.Memberships.AnyAsync(m => m.ContactId == command.ContactId && m.TypeId == type.Id && m.Status != MembershipStatus.Cancelled, ct))
        {
            return CommandResult<long>.Fail(string.Format(Messages.Membership_AlreadyHeld, type.Name));
        }

        try
        {
            var first = !await db.Memberships.AnyAsync(m => m.ContactId == command.ContactId && m.JoinedOn != null, ct);
            var membership = Membership.Enter(command.ContactId, type, ParisTime.Today(clock), first);
            db.Memberships.Add(membership);
            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(membership.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(string.Format(Messages.Membership_AlreadyHeld, type.Name));
        }
    }
}

public sealed record MembershipRow(
    long Id, string TypeName, MembershipKind Kind, decimal Fee, MembershipStatus Status, DateOnly EnteredOn, DateOnly? JoinedOn,
    DateOnly? StartsOn, DateOnly? EndsOn, int PaidTerms, string? CancelReason, uint Version);

/// <summary>Adhésions: the contact's memberships, running ones first.</summary>
public sealed class ContactMembershipsTabHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<MembershipRow>> HandleAsync(long contactId, PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var memberships = db.Memberships.AsNoTracking().Where(m => m.ContactId == contactId);
        var total = await memberships.CountAsync(ct);
        var items = await memberships
            .OrderBy(m => m.Status == MembershipStatus.Cancelled).ThenByDescending(m => m.EndsOn == null).ThenByDescending(m => m.EndsOn).ThenByDescending(m => m.Id)
            .Skip(page.Skip).Take(page.Take)
            .Join(db.MembershipTypes, m => m.TypeId, t => t.Id, (m, t) => new MembershipRow(
                m.Id, t.Name, t.Kind, m.Fee, m.Status, m.EnteredOn, m.JoinedOn, m.StartsOn, m.EndsOn,
                db.MembershipFees.Count(f => f.MembershipId == m.Id && f.Status == MembershipFeeStatus.Active), m.CancelReason, m.Version))
            .ToListAsync(ct);
        return new PagedResult<MembershipRow>(items, total);
    }
}

public sealed record CancelMembershipCommand(long MembershipId, uint Version, string Reason);

public sealed class CancelMembershipValidator : AbstractValidator<CancelMembershipCommand>
{
    public CancelMembershipValidator() => RuleFor(c => c.Reason).ValidReason();
}

/// <summary>Ends a membership for good (resignation, exclusion, entered by mistake); its paid fees stay as they are.</summary>
public sealed class CancelMembershipHandler(IDbContextFactory<AppDbContext> dbFactory, IValidator<CancelMembershipCommand> validator)
{
    public async Task<CommandResult> HandleAsync(CancelMembershipCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var membership = await db.Memberships.FirstOrDefaultAsync(m => m.Id == command.MembershipId, ct);
        if (membership is null)
        {
            return CommandResult.Fail(Messages.Membership_Gone);
        }

        if (membership.Version != command.Version)
        {
            return CommandResult.Fail(Messages.Membership_ChangedMeanwhile);
        }

        try
        {
            membership.Cancel(command.Reason);
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DomainException ex)
        {
            return CommandResult.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(Messages.Membership_ChangedMeanwhile);
        }
    }
}

/// <summary>How the header sums the contact up: a member until a date (or for life), a former member, or awaiting payment.</summary>
public enum MembershipStandingKind
{
    Member,
    Lifetime,
    Grace,
    Former,
    Pending,
}

public sealed record MembershipStanding(MembershipStandingKind Kind, DateOnly? Until);

public static class MembershipStandings
{
    /// <summary>The contact's standing from its stored statuses; null when it never had a membership.</summary>
    public static async Task<MembershipStanding?> OfAsync(AppDbContext db, long contactId, CancellationToken ct)
    {
        var rows = await db.Memberships.AsNoTracking().Where(m => m.ContactId == contactId && m.Status != MembershipStatus.Cancelled)
            .Select(m => new { m.Status, m.EndsOn }).ToListAsync(ct);
        var running = rows.Where(r => r.Status is MembershipStatus.New or MembershipStatus.Current).ToList();
        if (running.Any(r => r.EndsOn is null))
        {
            return new(MembershipStandingKind.Lifetime, null);
        }

        if (running.Count > 0)
        {
            return new(MembershipStandingKind.Member, running.Max(r => r.EndsOn));
        }

        if (rows.Any(r => r.Status == MembershipStatus.Grace))
        {
            return new(MembershipStandingKind.Grace, rows.Where(r => r.Status == MembershipStatus.Grace).Max(r => r.EndsOn));
        }

        if (rows.Any(r => r.Status == MembershipStatus.Expired))
        {
            return new(MembershipStandingKind.Former, rows.Max(r => r.EndsOn));
        }

        return rows.Count > 0 ? new(MembershipStandingKind.Pending, null) : null;
    }
}
