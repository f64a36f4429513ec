using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Infrastructure.Identity;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application.Staff;

public sealed record CreateStaffAccountCommand(string Email, string DisplayName, string Role);

/// <summary>The new account and the temporary password to hand over; it must be changed at first sign-in.</summary>
public sealed record CreatedStaffAccount(Guid Id, string TemporaryPassword);

public sealed class CreateStaffAccountValidator : AbstractValidator<CreateStaffAccountCommand>
{
    public CreateStaffAccountValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
        RuleFor(c => c.Email).ValidStaffEmail();
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Role).ValidRole();
    }
}

public sealed class CreateStaffAccountHandler(ActingScope scope, IValidator<CreateStaffAccountCommand> validator, TimeProvider clock)
{
    public async Task<CommandResult<CreatedStaffAccount>> HandleAsync(
        CreateStaffAccountCommand command, CancellationToken ct = default, string? password = null)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<CreatedStaffAccount>();
        }

        return await scope.RunAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<StaffUser>>();
            var email = command.Email.Trim();
            if (await users.FindByEmailAsync(email) is not null)
            {
                return CommandResult<CreatedStaffAccount>.Fail(Messages.Staff_EmailTaken);
            }

            var user = StaffUser.Create(email, command.DisplayName.Trim(), clock.GetUtcNow());
            var initialPassword = password ?? StaffPasswordRules.GenerateTemporary();
            if (password is null)
            {
                user.RequirePasswordChange();
            }

            CreatedStaffAccount? created = null;
            var result = await StaffAccountEditing.InTransactionAsync(services, async () =>
            {
                var outcome = await users.CreateAsync(user, initialPassword);
                if (outcome.Succeeded)
                {
                    outcome = await users.AddToRoleAsync(user, command.Role);
                }

                created = new CreatedStaffAccount(user.Id, initialPassword);
                return outcome.ToCommandResult();
            }, ct);
            return result.Succeeded ? CommandResult<CreatedStaffAccount>.Ok(created!) : CommandResult<CreatedStaffAccount>.Fail([.. result.Errors]);
        });
    }
}
