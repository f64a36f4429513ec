using System.Globalization;
using System.Security.Claims;
using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using QRCoder;

namespace CrmBlazor.Application.Staff;

/// <summary>What the security page shows: the key to type or scan, and where the member stands.</summary>
public sealed record AuthenticatorSetup(
    string SharedKey, string AuthenticatorUri, string QrCodeDataUri, bool Enabled, bool Required, int RecoveryCodesLeft);

/// <summary>Enrolling, re-keying and leaving an authenticator app (TOTP), for the signed-in member.</summary>
public sealed class TwoFactorEnrolment(
    UserManager<StaffUser> users, SignInManager<StaffUser> signIn, JournalWriter journal, IOptions<StaffSecurityOptions> options)
{
    public const int RecoveryCodeCount = 10;

    public async Task<AuthenticatorSetup?> LoadAsync(ClaimsPrincipal principal)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return null;
        }

        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user) ?? "";
        }

        var uri = AuthenticatorUri(options.Value.AuthenticatorIssuer, user.Email ?? user.Id.ToString(), key);
        return new AuthenticatorSetup(
            FormatKey(key),
            uri,
            QrCodeDataUri(uri),
            user.TwoFactorEnabled,
            options.Value.CreateTwoFactorRule().IsRequiredFor(await users.GetRolesAsync(user)),
            user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0);
    }

    /// <summary>Turns 2FA on once the member proves the app works; returns the recovery codes to write down.</summary>
    public async Task<CommandResult<IReadOnlyList<string>>> EnableAsync(ClaimsPrincipal principal, string code, CancellationToken ct = default)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return CommandResult<IReadOnlyList<string>>.Fail(Messages.Staff_NotFound);
        }

        var normalized = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalized);
        if (!valid)
        {
            return CommandResult<IReadOnlyList<string>>.Fail(Messages.TwoFactor_InvalidCode);
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await RecordAsync(user, JournalAction.TwoFactorEnabled, "Application d'authentification enregistrée", ct);
        await signIn.RefreshSignInAsync(user);
        return CommandResult<IReadOnlyList<string>>.Ok(codes);
    }

    public async Task<CommandResult<IReadOnlyList<string>>> RegenerateRecoveryCodesAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null || !user.TwoFactorEnabled)
        {
            return CommandResult<IReadOnlyList<string>>.Fail(Messages.Staff_NotFound);
        }

        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))?.ToList() ?? [];
        await RecordAsync(user, JournalAction.RecoveryCodesGenerated, $"{codes.Count} nouveaux codes", ct);
        return CommandResult<IReadOnlyList<string>>.Ok(codes);
    }

    public async Task<CommandResult> DisableAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var user = await users.GetUserAsync(principal);
        if (user is null)
        {
            return CommandResult.Fail(Messages.Staff_NotFound);
        }

        if (options.Value.CreateTwoFactorRule().IsRequiredFor(await users.GetRolesAsync(user)))
        {
            return CommandResult.Fail(Messages.TwoFactor_RequiredForRole);
        }

        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await RecordAsync(user, JournalAction.TwoFactorDisabled, null, ct);
        await signIn.RefreshSignInAsync(user);
        return CommandResult.Ok;
    }

    /// <summary>The otpauth URI authenticator apps read from the QR code (Google's Key Uri Format).</summary>
    public static string AuthenticatorUri(string issuer, string account, string key) =>
        string.Format(
            CultureInfo.InvariantCulture,
            "otpauth://totp/{0}:{1}?secret={2}&issuer={0}&digits=6",
            Uri.EscapeDataString(issuer),
            Uri.EscapeDataString(account),
            key);

    /// <summary>The key in groups of four lower-case letters, easier to type by hand.</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }

            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }

        return result.ToString().ToLowerInvariant();
    }

    private static string QrCodeDataUri(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.Q);
        var png = new PngByteQRCode(data).GetGraphic(5);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }

    private Task RecordAsync(StaffUser user, JournalAction action, string? detail, CancellationToken ct) =>
        journal.RecordAsync(Actor.Staff(user.Id.ToString(), user.DisplayName), action, StaffJournal.EntityType, user.Id.ToString(), detail, ct);
}
