using CrmBlazor.Domain.Staff;

namespace CrmBlazor.Application.Staff;

/// <summary>The <c>Security</c> configuration section.</summary>
public sealed class StaffSecurityOptions
{
    public const string Section = "Security";

    /// <summary>
    /// Comma-separated roles whose members must enrol two-factor authentication before using the app;
    /// empty for none (the demo). A text rather than a list because a configuration layer cannot empty
    /// a list inherited from a lower one.
    /// </summary>
    public string RequireTwoFactorForRoles { get; set; } = string.Join(", ", TwoFactorRule.ProductionDefault);

    /// <summary>The name authenticator apps show next to the codes.</summary>
    public string AuthenticatorIssuer { get; set; } = "CrmBlazor";

    public IReadOnlyList<string> RolesRequiringTwoFactor =>
        RequireTwoFactorForRoles.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A typo in a role name must stop the start-up, not silently drop the requirement.</summary>
    public bool NamesOnlyKnownRoles => RolesRequiringTwoFactor.All(StaffRoles.IsKnown);

    public TwoFactorRule CreateTwoFactorRule() => new(RolesRequiringTwoFactor);
}
