namespace CrmBlazor.IntegrationTests.TestSupport;

/// <summary>A staff account a test created, with what it needs to sign in.</summary>
/// <param name="AuthenticatorKey">The base32 TOTP key when 2FA is enabled, else null.</param>
public sealed record StaffAccount(Guid Id, string Email, string DisplayName, string Role, string Password, string? AuthenticatorKey);
