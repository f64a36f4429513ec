namespace CrmBlazor.Domain.Staff;

/// <summary>Whether a staff member must use two-factor authentication, given the roles configured to require it.</summary>
public sealed class TwoFactorRule(IEnumerable<string> rolesRequiringTwoFactor)
{
    private readonly HashSet<string> _roles = rolesRequiringTwoFactor.ToHashSet(StringComparer.Ordinal);

    public static IReadOnlyList<string> ProductionDefault { get; } = [StaffRoles.Supervisor, StaffRoles.Administrator];

    public IReadOnlyCollection<string> Roles => _roles;

    public bool IsRequiredFor(IEnumerable<string> userRoles) => userRoles.Any(_roles.Contains);

    /// <summary>The member is required to have 2FA but has not enrolled yet: every page but enrolment is closed.</summary>
    public bool MustEnrol(IEnumerable<string> userRoles, bool twoFactorEnabled) => !twoFactorEnabled && IsRequiredFor(userRoles);
}
