using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Staff;

/// <summary>
/// The command-line path to the first administrator of an empty database. Refused once an administrator
/// exists: from then on accounts are created in the app, where the journal names who created them.
/// </summary>
public sealed class CreateFirstAdministratorHandler(IDbContextFactory<AppDbContext> dbFactory, CreateStaffAccountHandler create)
{
    public async Task<CommandResult<CreatedStaffAccount>> HandleAsync(string email, string displayName, CancellationToken ct = default)
    {
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            var hasAdministrator = await db.UserRoles.AnyAsync(
                ur => db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Administrator), ct);
            if (hasAdministrator)
            {
                return CommandResult<CreatedStaffAccount>.Fail(Messages.Staff_AdministratorExists);
            }
        }

        return await create.HandleAsync(new CreateStaffAccountCommand(email, displayName, StaffRoles.Administrator), ct);
    }
}
