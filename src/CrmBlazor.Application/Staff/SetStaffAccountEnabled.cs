using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application.Staff;

public sealed record SetStaffAccountEnabledCommand(Guid UserId, bool Enabled, string ConcurrencyStamp);

public sealed class SetStaffAccountEnabledHandler(ActingScope scope, ActorContext caller)
{
    public Task<CommandResult> HandleAsync(SetStaffAccountEnabledCommand command, CancellationToken ct = default) =>
        scope.RunAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var (user, error) = await StaffAccountEditing.LoadAsync(users, command.UserId, command.ConcurrencyStamp);
            if (user is null)
            {
                return error;
            }

            if (!command.Enabled)
            {
                if (caller.Current.UserId == user.Id.ToString())
                {
                    return CommandResult.Fail(Messages.Staff_CannotDisableSelf);
                }

                if (await StaffAccountEditing.IsLastActiveAdministratorAsync(services, user, ct))
                {
                    return CommandResult.Fail(Messages.Staff_LastAdministrator);
                }

                user.Disable();
            }
            else
            {
                user.Enable();
            }

            // The new stamp signs a disabled member out of every open session at the next check.
            await users.UpdateSecurityStampAsync(user);
            return CommandResult.Ok;
        });
}
