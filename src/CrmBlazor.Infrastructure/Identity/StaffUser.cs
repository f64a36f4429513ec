using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.Infrastructure.Identity;

/// <summary>A member of staff who signs in: operator, supervisor or administrator.</summary>
public sealed class StaffUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 100;
    public const int EmailMaxLength = 256;

    public string DisplayName { get; set; } = "";

    /// <summary>A disabled account keeps its history but can no longer sign in.</summary>
    public bool IsDisabled { get; private set; }

    /// <summary>Set by an administrator: the next sign-in leads straight to the password change.</summary>
    public bool MustChangePassword { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public static StaffUser Create(string email, string displayName, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        UserName = email,
        Email = email,
        EmailConfirmed = true,
        DisplayName = displayName,
        CreatedAt = now.ToUniversalTime(),
        LockoutEnabled = true,
    };

    public void Disable() => IsDisabled = true;

    public void Enable() => IsDisabled = false;

    public void RequirePasswordChange() => MustChangePassword = true;

    public void PasswordChanged() => MustChangePassword = false;
}
