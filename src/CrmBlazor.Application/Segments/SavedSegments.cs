using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Application.Segments.Criteria;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Segments;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Segments;

public sealed record SegmentRow(long Id, string Name, string? Description, string UpdatedBy, DateTimeOffset UpdatedAt, uint Version);

public sealed record SegmentDetail(long Id, string Name, string? Description, SegmentCriteria Criteria, uint Version);

/// <summary>Saves (no <paramref name="Id"/>: creates) a named, shared segment. Superviseur and Administrateur only (the pages enforce it).</summary>
public sealed record SaveSegmentCommand(long? Id, uint Version, string Name, string? Description, SegmentCriteria Criteria);

public sealed record DeleteSegmentCommand(long Id, uint Version);

public sealed class SaveSegmentValidator : AbstractValidator<SaveSegmentCommand>
{
    public SaveSegmentValidator()
    {
        RuleFor(c => c.Name).NotEmpty().WithMessage(Messages.Segment_NameMissing)
            .MaximumLength(SegmentLimits.NameMaxLength).WithMessage(string.Format(Messages.Segment_NameTooLong, SegmentLimits.NameMaxLength));
        RuleFor(c => c.Description).MaximumLength(SegmentLimits.DescriptionMaxLength)
            .WithMessage(string.Format(Messages.Segment_DescriptionTooLong, SegmentLimits.DescriptionMaxLength));
    }
}

public sealed class ListSegmentsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<SegmentRow>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Segments.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SegmentRow(s.Id, s.Name, s.Description, s.UpdatedBy, s.UpdatedAt, s.Version)).ToListAsync(ct);
    }
}

public sealed class GetSegmentHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<SegmentDetail?> HandleAsync(long id, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var row = await db.Segments.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.Id, s.Name, s.Description, s.Criteria, s.Version }).FirstOrDefaultAsync(ct);
        return row is null ? null : new SegmentDetail(row.Id, row.Name, row.Description, SegmentCriteria.FromJson(row.Criteria), row.Version);
    }
}

public sealed class SaveSegmentHandler(
    IDbContextFactory<AppDbContext> dbFactory, SegmentCompiler compiler, IValidator<SaveSegmentCommand> validator, ActorContext actor, TimeProvider clock)
{
    public async Task<CommandResult<long>> HandleAsync(SaveSegmentCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return CommandResult<long>.Fail([.. validation.Errors.Select(e => e.ErrorMessage)]);
        }

        // The criteria must compile against the base as it is now, cycles through other segments included.
        var compiled = await compiler.CompileAsync(command.Criteria, command.Id, ct);
        if (!compiled.IsValid)
        {
            return CommandResult<long>.Fail([.. compiled.Problems]);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = command.Name.Trim();
        if (await db.Segments.AnyAsync(s => s.Name == name && s.Id != command.Id, ct))
        {
            return CommandResult<long>.Fail(string.Format(Messages.Segment_NameTaken, name));
        }

        try
        {
            Segment segment;
            if (command.Id is { } id)
            {
                segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == id, ct) ?? throw new DomainException(Messages.Segment_Gone);
                if (segment.Version != command.Version)
                {
                    return CommandResult<long>.Fail(string.Format(Messages.Segment_ChangedMeanwhile, segment.UpdatedBy));
                }

                segment.Edit(name, command.Description, command.Criteria.ToJson(), actor.Current.Name, clock.GetUtcNow());
            }
            else
            {
                segment = Segment.Create(name, command.Description, command.Criteria.ToJson(), actor.Current.Name, clock.GetUtcNow());
                db.Segments.Add(segment);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(segment.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult<long>.Fail(string.Format(Messages.Segment_ChangedMeanwhile, "?"));
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(string.Format(Messages.Segment_NameTaken, name));
        }
    }
}

public sealed class DeleteSegmentHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>Refused while another segment includes or excludes this one: that segment would stop making sense.</summary>
    public async Task<CommandResult> HandleAsync(DeleteSegmentCommand command, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var segment = await db.Segments.FirstOrDefaultAsync(s => s.Id == command.Id, ct);
        if (segment is null)
        {
            return CommandResult.Ok;
        }

        if (segment.Version != command.Version)
        {
            return CommandResult.Fail(string.Format(Messages.Segment_ChangedMeanwhile, segment.UpdatedBy));
        }

        var users = (await db.Segments.AsNoTracking().Where(s => s.Id != command.Id).Select(s => new { s.Name, s.Criteria }).ToListAsync(ct))
            .Where(s => SegmentCriteria.FromJson(s.Criteria).Root.Descendants().OfType<InSegmentCriterion>().Any(i => i.SegmentId == command.Id))
            .Select(s => s.Name).ToList();
        if (users.Count > 0)
        {
            return CommandResult.Fail(string.Format(Messages.Segment_InUse, string.Join(", ", users)));
        }

        db.Segments.Remove(segment);
        try
        {
            await db.SaveChangesAsync(ct);
            return CommandResult.Ok;
        }
        catch (DbUpdateConcurrencyException)
        {
            return CommandResult.Fail(string.Format(Messages.Segment_ChangedMeanwhile, "?"));
        }
    }
}
