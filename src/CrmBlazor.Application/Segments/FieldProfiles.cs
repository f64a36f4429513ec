using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Segments;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Segments;

public sealed record FieldProfileRow(long Id, string Name, IReadOnlyList<ResultColumn> Columns);

/// <summary>Saves the grid's chosen columns under a name (an existing name is overwritten: « enregistrer sous »).</summary>
public sealed record SaveFieldProfileCommand(string Name, IReadOnlyList<ResultColumn> Columns);

public sealed class ListFieldProfilesHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<IReadOnlyList<FieldProfileRow>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = await db.FieldProfiles.AsNoTracking().OrderBy(p => p.Name).ToListAsync(ct);

        // A column a later release removed is dropped rather than breaking the profile.
        return rows.Select(p => new FieldProfileRow(p.Id, p.Name, p.Columns.Select(c => Enum.TryParse<ResultColumn>(c, out var col) ? col : (ResultColumn?)null)
            .OfType<ResultColumn>().ToList())).ToList();
    }
}

public sealed class SaveFieldProfileHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<CommandResult<long>> HandleAsync(SaveFieldProfileCommand command, CancellationToken ct = default)
    {
        if (string.IsNullOrWhiteSpace(command.Name) || command.Name.Trim().Length > SegmentLimits.ProfileNameMaxLength)
        {
            return CommandResult<long>.Fail(string.Format(Messages.FieldProfile_NameInvalid, SegmentLimits.ProfileNameMaxLength));
        }

        if (command.Columns.Count is 0 or > SegmentLimits.MaxColumns)
        {
            return CommandResult<long>.Fail(Messages.FieldProfile_ColumnsRequired);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = command.Name.Trim();
        var columns = command.Columns.Select(c => c.ToString());
        try
        {
            var profile = await db.FieldProfiles.FirstOrDefaultAsync(p => p.Name == name, ct);
            if (profile is null)
            {
                profile = FieldProfile.Create(name, columns);
                db.FieldProfiles.Add(profile);
            }
            else
            {
                profile.Edit(name, columns);
            }

            await db.SaveChangesAsync(ct);
            return CommandResult<long>.Ok(profile.Id);
        }
        catch (DomainException ex)
        {
            return CommandResult<long>.Fail(ex.Message);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            return CommandResult<long>.Fail(Messages.FieldProfile_SavedMeanwhile);
        }
    }
}
