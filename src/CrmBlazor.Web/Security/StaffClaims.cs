using System.Security.Claims;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;

namespace CrmBlazor.Web.Security;

/// <summary>Claims the sign-in cookie carries beyond Identity's own, read without a database round trip.</summary>
public static class StaffClaims
{
    public const string DisplayName = "crm:display_name";
    public const string MustChangePassword = "crm:must_change_password";
    public const string TwoFactorEnabled = "crm:two_factor_enabled";

    public static Actor ToActor(this ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        if (principal.Identity?.IsAuthenticated != true || id is null)
        {
            return Actor.Anonymous;
        }

        var name = principal.FindFirstValue(DisplayName) ?? principal.FindFirstValue(ClaimTypes.Email) ?? principal.Identity.Name ?? id;
        return Actor.Staff(id, name);
    }

    public static string DisplayNameOf(this ClaimsPrincipal principal) =>
        principal.FindFirstValue(DisplayName) ?? principal.Identity?.Name ?? "";

    public static string? RoleOf(this ClaimsPrincipal principal) =>
        StaffRoles.Highest(principal.FindAll(ClaimTypes.Role).Select(c => c.Value));

    /// <summary>Whether the member's highest role includes <paramref name="role"/> (an Administrateur is also a Superviseur).</summary>
    public static bool HasRoleAtLeast(this ClaimsPrincipal principal, string role) =>
        principal.RoleOf() is { } held && StaffRoles.Grants(held, role);

    public static IEnumerable<string> Roles(this ClaimsPrincipal principal) => principal.FindAll(ClaimTypes.Role).Select(c => c.Value);

    public static bool Has(this ClaimsPrincipal principal, string claimType) => principal.FindFirstValue(claimType) == "true";
}
