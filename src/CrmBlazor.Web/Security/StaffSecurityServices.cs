using CrmBlazor.Application.Staff;
using CrmBlazor.Infrastructure;
using CrmBlazor.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.Web.Security;

public static class StaffSecurityServices
{
    public const string SignInPath = "/compte/connexion";

    public static IServiceCollection AddStaffSecurity(this IServiceCollection services)
    {
        services.AddIdentity<StaffUser, StaffRole>(StaffPasswordRules.Apply)
            .AddStaffIdentityStores()
            .AddSignInManager<StaffSignInManager>()
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddClaimsPrincipalFactory<StaffClaimsPrincipalFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "crm.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/compte/deconnexion";
            o.AccessDeniedPath = "/erreur/403";
            o.ExpireTimeSpan = TimeSpan.FromHours(10);
            o.SlidingExpiration = true;

            // A member without the role gets a real 403 with the French page, not a redirect that hides it.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        // Role changes, disabling and password resets reach open sessions within a minute.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddAuthorization(StaffPolicies.Add);
        return services;
    }
}
