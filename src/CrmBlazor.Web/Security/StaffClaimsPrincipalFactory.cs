using System.Security.Claims;
using CrmBlazor.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace CrmBlazor.Web.Security;

public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffUser> users, RoleManager<StaffRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<StaffUser, StaffRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(StaffClaims.DisplayName, user.DisplayName));
        identity.AddClaim(new Claim(StaffClaims.MustChangePassword, user.MustChangePassword ? "true" : "false"));
        identity.AddClaim(new Claim(StaffClaims.TwoFactorEnabled, user.TwoFactorEnabled ? "true" : "false"));
        return identity;
    }
}
