using CrmBlazor.Domain.Staff;
using Microsoft.AspNetCore.Authorization;

namespace CrmBlazor.Web.Security;

/// <summary>"At least this role" policies: a page for Superviseur admits Administrateur too.</summary>
public static class StaffPolicies
{
    public const string Operator = "AtLeastOperator";
    public const string Supervisor = "AtLeastSupervisor";
    public const string Administrator = "AtLeastAdministrator";

    public static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Operator, p => p.RequireRole(StaffRoles.AtLeast(StaffRoles.Operator)));
        options.AddPolicy(Supervisor, p => p.RequireRole(StaffRoles.AtLeast(StaffRoles.Supervisor)));
        options.AddPolicy(Administrator, p => p.RequireRole(StaffRoles.AtLeast(StaffRoles.Administrator)));

        // Any endpoint that says nothing needs a signed-in member of staff; sign-in pages opt out explicitly.
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}
