using CrmBlazor.Domain.Staff;

namespace CrmBlazor.Application.Staff;

/// <summary>The <c>Security</c> configuration section.</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "Security";

    /// <summary>Roles whose members must enrol two-factor authentication before using the app.</summary>
    public string[] RequireTwoFactorForRoles { get; set; } = [.. TwoFactorRule.ProductionDefault];

    /// <summary>The name authenticator apps show next to the codes.</summary>
    public string AuthenticatorIssuer { get; set; } = "CrmBlazor";

    public TwoFactorRule CreateTwoFactorRule() => new(RequireTwoFactorForRoles);
}
