using CrmBlazor.Application.Staff;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.Extensions.Options;

namespace CrmBlazor.Web.Security;

/// <summary>
/// Keeps a signed-in member on the account pages until they have done what is required of them:
/// replace a temporary password, or enrol 2FA when their role requires it.
/// </summary>
public sealed class StaffGateMiddleware(RequestDelegate next, IOptions<StaffSecurityOptions> options)
{
    public const string ChangePasswordPath = "/compte/mot-de-passe";
    public const string SecurityPath = "/compte/securite";

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        var endpoint = context.GetEndpoint();
        var isGatedPage = user.Identity?.IsAuthenticated == true
            && endpoint?.Metadata.GetMetadata<ComponentTypeMetadata>() is not null
            && endpoint.Metadata.GetMetadata<IAllowAnonymous>() is null
            && !context.Request.Path.StartsWithSegments("/compte");
        if (!isGatedPage)
        {
            return next(context);
        }

        if (user.Has(StaffClaims.MustChangePassword))
        {
            context.Response.Redirect(ChangePasswordPath + "?obligatoire=1");
            return Task.CompletedTask;
        }

        if (options.Value.CreateTwoFactorRule().MustEnrol(user.Roles(), user.Has(StaffClaims.TwoFactorEnabled)))
        {
            context.Response.Redirect(SecurityPath + "?obligatoire=1");
            return Task.CompletedTask;
        }

        return next(context);
    }
}
