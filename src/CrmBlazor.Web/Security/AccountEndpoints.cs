using CrmBlazor.Application.Staff;
using CrmBlazor.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace CrmBlazor.Web.Security;

public static class AccountEndpoints
{
    public static void MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // A form post (antiforgery-checked) so that no link or image can sign a member out.
        endpoints.MapPost("/compte/deconnexion", async (
            HttpContext context, [FromForm] string? returnUrl, UserManager<StaffUser> users, StaffSignIn signIn) =>
        {
            var user = await users.GetUserAsync(context.User);
            await signIn.SignOutAsync(user, context.RequestAborted);
            return TypedResults.LocalRedirect(StaffSecurityServices.SignInPath);
        }).AllowAnonymous();
    }
}
