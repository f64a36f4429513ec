namespace CrmBlazor.Domain.Memberships;

/// <summary>Limits of membership columns, shared by the EF configuration and the validators.</summary>
public static class MembershipLimits
{
    public const int TypeNameMaxLength = 100;

    /// <summary>Months a lapsed membership still counts as a member's before it expires, when a type does not say.</summary>
    public const int DefaultGraceMonths = 3;

    public const int MaxGraceMonths = 24;
}
