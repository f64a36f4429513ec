using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application.Staff;

/// <summary>For a member who lost their phone: 2FA off, a new key, no recovery codes; they enrol again.</summary>
public sealed record ResetStaffTwoFactorCommand(Guid UserId, string ConcurrencyStamp);

public sealed class ResetStaffTwoFactorHandler(ActingScope scope)
{
    public Task<CommandResult> HandleAsync(ResetStaffTwoFactorCommand command, CancellationToken ct = default) =>
        scope.RunAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var (user, error) = await StaffAccountEditing.LoadAsync(users, command.UserId, command.ConcurrencyStamp);
            if (user is null)
            {
                return error;
            }

            var result = await StaffAccountEditing.InTransactionAsync(services, async () =>
            {
                var outcome = await users.SetTwoFactorEnabledAsync(user, false);
                if (outcome.Succeeded)
                {
                    outcome = await users.ResetAuthenticatorKeyAsync(user);
                }

                if (outcome.Succeeded)
                {
                    await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 0);
                }

                return outcome.ToCommandResult();
            }, ct);
            if (result.Succeeded)
            {
                await services.GetRequiredService<JournalWriter>()
                    .RecordAsync(JournalAction.TwoFactorReset, StaffJournal.EntityType, user.Id.ToString(), user.Email, ct);
            }

            return result;
        });
}
