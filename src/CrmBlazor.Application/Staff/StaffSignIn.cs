using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.Application.Staff;

public enum SignInOutcome
{
    Succeeded,
    RequiresTwoFactor,
    LockedOut,
    Disabled,
    Failed,
}

public sealed record SignInAttempt(SignInOutcome Outcome, string? Message = null)
{
    public bool Succeeded => Outcome == SignInOutcome.Succeeded;
}

/// <summary>
/// Sign-in steps for the account pages, each one journaled: who signed in, who failed, who got locked out.
/// Runs in the HTTP request that sets the cookie.
/// </summary>
public sealed class StaffSignIn(SignInManager<StaffUser> signIn, UserManager<StaffUser> users, JournalWriter journal)
{
    public async Task<SignInAttempt> WithPasswordAsync(string email, string password, bool rememberMe, CancellationToken ct = default)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await journal.RecordAsync(Actor.Anonymous, JournalAction.SignInFailed, StaffJournal.EntityType, null, $"Adresse inconnue : {email}", ct);
            return new SignInAttempt(SignInOutcome.Failed, Messages.SignIn_Failed);
        }

        if (user.IsDisabled)
        {
            await RecordAsync(user, JournalAction.SignInFailed, "Compte désactivé", ct);
            return new SignInAttempt(SignInOutcome.Disabled, Messages.SignIn_Disabled);
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        return await InterpretAsync(user, result, "mot de passe", ct);
    }

    public async Task<SignInAttempt> WithAuthenticatorCodeAsync(string code, bool rememberMachine, CancellationToken ct = default)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return new SignInAttempt(SignInOutcome.Failed, Messages.SignIn_SessionExpired);
        }

        var normalized = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(normalized, isPersistent: false, rememberClient: rememberMachine);
        var attempt = await InterpretAsync(user, result, "code de l'application", ct);
        return attempt.Outcome == SignInOutcome.Failed ? attempt with { Message = Messages.TwoFactor_InvalidCode } : attempt;
    }

    public async Task<SignInAttempt> WithRecoveryCodeAsync(string code, CancellationToken ct = default)
    {
        var user = await signIn.GetTwoFactorAuthenticationUserAsync();
        if (user is null)
        {
            return new SignInAttempt(SignInOutcome.Failed, Messages.SignIn_SessionExpired);
        }

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code.Replace(" ", "", StringComparison.Ordinal));
        var attempt = await InterpretAsync(user, result, "code de secours", ct);
        if (attempt.Succeeded)
        {
            var left = await users.CountRecoveryCodesAsync(user);
            await RecordAsync(user, JournalAction.RecoveryCodeUsed, $"{left} code(s) restant(s)", ct);
        }

        return attempt.Outcome == SignInOutcome.Failed ? attempt with { Message = Messages.TwoFactor_InvalidRecoveryCode } : attempt;
    }

    public async Task SignOutAsync(StaffUser? user, CancellationToken ct = default)
    {
        await signIn.SignOutAsync();
        if (user is not null)
        {
            await RecordAsync(user, JournalAction.SignedOut, null, ct);
        }
    }

    private async Task<SignInAttempt> InterpretAsync(StaffUser user, SignInResult result, string method, CancellationToken ct)
    {
        if (result.Succeeded)
        {
            await RecordAsync(user, JournalAction.SignedIn, $"Connexion par {method}", ct);
            return new SignInAttempt(SignInOutcome.Succeeded);
        }

        if (result.RequiresTwoFactor)
        {
            return new SignInAttempt(SignInOutcome.RequiresTwoFactor);
        }

        if (result.IsLockedOut)
        {
            await RecordAsync(user, JournalAction.LockedOut, $"Verrouillé après {StaffPasswordRules.MaxFailedAttempts} échecs", ct);
            return new SignInAttempt(
                SignInOutcome.LockedOut,
                string.Format(Messages.SignIn_LockedOut, StaffPasswordRules.MaxFailedAttempts, (int)StaffPasswordRules.LockoutDuration.TotalMinutes));
        }

        if (result.IsNotAllowed)
        {
            await RecordAsync(user, JournalAction.SignInFailed, "Compte désactivé", ct);
            return new SignInAttempt(SignInOutcome.Disabled, Messages.SignIn_Disabled);
        }

        await RecordAsync(user, JournalAction.SignInFailed, $"Échec : {method} incorrect", ct);
        return new SignInAttempt(SignInOutcome.Failed, Messages.SignIn_Failed);
    }

    private Task RecordAsync(StaffUser user, JournalAction action, string? detail, CancellationToken ct) =>
        journal.RecordAsync(Actor.Staff(user.Id.ToString(), user.DisplayName), action, StaffJournal.EntityType, user.Id.ToString(), detail, ct);
}
