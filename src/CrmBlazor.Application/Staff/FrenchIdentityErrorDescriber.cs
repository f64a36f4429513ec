using CrmBlazor.Application.Resources;
using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.Application.Staff;

/// <summary>Identity's error messages, in French, from the resource file.</summary>
public sealed class FrenchIdentityErrorDescriber : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Error(nameof(DefaultError), Messages.Identity_DefaultError);

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), Messages.Identity_ConcurrencyFailure);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), Messages.Identity_PasswordMismatch);

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), Messages.Identity_InvalidToken);

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Error(nameof(RecoveryCodeRedemptionFailed), Messages.Identity_RecoveryCodeRedemptionFailed);

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), string.Format(Messages.Identity_InvalidUserName, userName));

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), string.Format(Messages.Identity_InvalidEmail, email));

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), string.Format(Messages.Identity_DuplicateUserName, userName));

    public override IdentityError DuplicateEmail(string email) =>
        Error(nameof(DuplicateEmail), string.Format(Messages.Identity_DuplicateEmail, email));

    public override IdentityError UserAlreadyHasPassword() => Error(nameof(UserAlreadyHasPassword), Messages.Identity_UserAlreadyHasPassword);

    public override IdentityError UserLockoutNotEnabled() => Error(nameof(UserLockoutNotEnabled), Messages.Identity_UserLockoutNotEnabled);

    public override IdentityError UserAlreadyInRole(string role) =>
        Error(nameof(UserAlreadyInRole), string.Format(Messages.Identity_UserAlreadyInRole, role));

    public override IdentityError UserNotInRole(string role) =>
        Error(nameof(UserNotInRole), string.Format(Messages.Identity_UserNotInRole, role));

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Format(Messages.Identity_PasswordTooShort, length));

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), string.Format(Messages.Identity_PasswordRequiresUniqueChars, uniqueChars));

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), Messages.Identity_PasswordRequiresNonAlphanumeric);

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), Messages.Identity_PasswordRequiresDigit);

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), Messages.Identity_PasswordRequiresLower);

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), Messages.Identity_PasswordRequiresUpper);

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
