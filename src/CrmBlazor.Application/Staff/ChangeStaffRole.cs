using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application.Staff;

/// <summary>A staff account holds one role; higher roles include the lower ones.</summary>
public sealed record ChangeStaffRoleCommand(Guid UserId, string Role, string ConcurrencyStamp);

public sealed class ChangeStaffRoleValidator : AbstractValidator<ChangeStaffRoleCommand>
{
    public ChangeStaffRoleValidator() => RuleFor(c => c.Role).ValidRole();
}

public sealed class ChangeStaffRoleHandler(ActingScope scope, ActorContext caller, IValidator<ChangeStaffRoleCommand> validator)
{
    public async Task<CommandResult> HandleAsync(ChangeStaffRoleCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        return await scope.RunAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var (user, error) = await StaffAccountEditing.LoadAsync(users, command.UserId, command.ConcurrencyStamp);
            if (user is null)
            {
                return error;
            }

            if (command.Role != StaffRoles.Administrator && await StaffAccountEditing.IsLastActiveAdministratorAsync(services, user, ct))
            {
                return CommandResult.Fail(
                    caller.Current.UserId == user.Id.ToString() ? Messages.Staff_CannotDemoteSelf : Messages.Staff_LastAdministrator);
            }

            return await StaffAccountEditing.InTransactionAsync(services, async () =>
            {
                var current = await users.GetRolesAsync(user);
                var outcome = await users.RemoveFromRolesAsync(user, current);
                if (outcome.Succeeded)
                {
                    outcome = await users.AddToRoleAsync(user, command.Role);
                }

                if (outcome.Succeeded)
                {
                    // A new stamp makes open sessions pick up the new role at their next check.
                    outcome = await users.UpdateSecurityStampAsync(user);
                }

                return outcome.ToCommandResult();
            }, ct);
        });
    }
}
