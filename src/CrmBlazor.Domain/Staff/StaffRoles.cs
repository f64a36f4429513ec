namespace CrmBlazor.Domain.Staff;

/// <summary>
/// The three staff roles, lowest first. Each role can do everything the roles below it can,
/// so a check "at least Superviseur" admits Superviseur and Administrateur.
/// </summary>
public static class StaffRoles
{
    public const string Operator = "Opérateur";
    public const string Supervisor = "Superviseur";
    public const string Administrator = "Administrateur";

    public static IReadOnlyList<string> All { get; } = [Operator, Supervisor, Administrator];

    public static bool IsKnown(string role) => All.Contains(role);

    /// <summary>The roles that include <paramref name="role"/>: itself and every higher one.</summary>
    public static IReadOnlyList<string> AtLeast(string role)
    {
        var rank = Rank(role);
        return All.Skip(rank).ToArray();
    }

    public static bool Grants(string heldRole, string requiredRole) => Rank(heldRole) >= Rank(requiredRole);

    /// <summary>The highest of the given roles, or null when none is a staff role.</summary>
    public static string? Highest(IEnumerable<string> roles) =>
        roles.Where(IsKnown).OrderByDescending(Rank).FirstOrDefault();

    private static int Rank(string role)
    {
        for (var i = 0; i < All.Count; i++)
        {
            if (All[i] == role)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown staff role.");
    }
}
