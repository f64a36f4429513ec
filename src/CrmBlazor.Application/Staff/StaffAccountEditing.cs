using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application.Staff;

/// <summary>
/// What every edit of a staff account does first: load it, check nobody changed it since the editor
/// loaded it (optimistic concurrency on Identity's concurrency stamp), and keep one active administrator.
/// </summary>
internal static class StaffAccountEditing
{
    public static async Task<(StaffUser? User, CommandResult Error)> LoadAsync(
        UserManager<StaffUser> users, Guid userId, string expectedConcurrencyStamp)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return (null, CommandResult.Fail(Messages.Staff_NotFound));
        }

        return user.ConcurrencyStamp == expectedConcurrencyStamp
            ? (user, CommandResult.Ok)
            : (null, CommandResult.Fail(Messages.Staff_ConcurrencyConflict));
    }

    /// <summary>Whether taking <paramref name="user"/> out of the active administrators would leave none.</summary>
    public static async Task<bool> IsLastActiveAdministratorAsync(IServiceProvider services, StaffUser user, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var activeAdministrators = db.Users
            .Where(u => !u.IsDisabled)
            .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id
                && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == StaffRoles.Administrator)));
        return await activeAdministrators.AnyAsync(u => u.Id == user.Id, ct)
            && await activeAdministrators.CountAsync(ct) == 1;
    }

    /// <summary>Identity saves after each call; one transaction keeps a multi-step edit whole.</summary>
    public static async Task<CommandResult> InTransactionAsync(IServiceProvider services, Func<Task<CommandResult>> edit, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await edit();
        if (result.Succeeded)
        {
            await transaction.CommitAsync(ct);
        }

        return result;
    }
}
