using CrmBlazor.Application.Common;
using CrmBlazor.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application.Staff;

/// <summary>
/// Forces a password change at the member's next page. With <see cref="IssueTemporaryPassword"/> the
/// old password stops working too (a forgotten password); the temporary one is shown once to the administrator.
/// </summary>
public sealed record RequireStaffPasswordChangeCommand(Guid UserId, string ConcurrencyStamp, bool IssueTemporaryPassword);

public sealed class RequireStaffPasswordChangeHandler(ActingScope scope)
{
    public Task<CommandResult<string?>> HandleAsync(RequireStaffPasswordChangeCommand command, CancellationToken ct = default) =>
        scope.RunAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var (user, error) = await StaffAccountEditing.LoadAsync(users, command.UserId, command.ConcurrencyStamp);
            if (user is null)
            {
                return CommandResult<string?>.Fail([.. error.Errors]);
            }

            user.RequirePasswordChange();
            string? temporary = null;
            var result = await StaffAccountEditing.InTransactionAsync(services, async () =>
            {
                IdentityResult outcome;
                if (command.IssueTemporaryPassword)
                {
                    temporary = StaffPasswordRules.GenerateTemporary();
                    var token = await users.GeneratePasswordResetTokenAsync(user);
                    outcome = await users.ResetPasswordAsync(user, token, temporary);
                }
                else
                {
                    outcome = await users.UpdateSecurityStampAsync(user);
                }

                return outcome.ToCommandResult();
            }, ct);
            return result.Succeeded ? CommandResult<string?>.Ok(temporary) : CommandResult<string?>.Fail([.. result.Errors]);
        });
}
