using System.Security.Claims;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using FluentValidation;
using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.Application.Staff;

public sealed record ChangeOwnPasswordCommand(string CurrentPassword, string NewPassword, string Confirmation);

public sealed class ChangeOwnPasswordValidator : AbstractValidator<ChangeOwnPasswordCommand>
{
    public ChangeOwnPasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(Messages.Validation_PasswordRequired);
        RuleFor(c => c.NewPassword).NotEmpty().WithMessage(Messages.Validation_PasswordRequired);
        RuleFor(c => c.Confirmation).Equal(c => c.NewPassword).WithMessage(Messages.Validation_PasswordsDiffer);
    }
}

/// <summary>The signed-in member replaces their password; a forced change is then lifted.</summary>
public sealed class ChangeOwnPasswordHandler(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, JournalWriter journal, IValidator<ChangeOwnPasswordCommand> validator)
{
    public async Task<CommandResult> HandleAsync(ClaimsPrincipal principal, ChangeOwnPasswordCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToCommandResult();
        }

        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return CommandResult.Fail(Messages.Staff_NotFound);
        }

        user.PasswordChanged();
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (!result.Succeeded)
        {
            return result.ToCommandResult();
        }

        await journal.RecordAsync(
            Actor.Staff(user.Id.ToString(), user.DisplayName), JournalAction.PasswordChanged, StaffJournal.EntityType, user.Id.ToString(), null, ct);
        await signIn.RefreshSignInAsync(user);
        return CommandResult.Ok;
    }
}
