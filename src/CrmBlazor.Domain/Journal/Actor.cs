namespace CrmBlazor.Domain.Journal;

/// <summary>Who is acting: a signed-in staff member, a background job, or nobody yet (sign-in pages).</summary>
public sealed record Actor(string? UserId, string Name)
{
    public const int NameMaxLength = 256;

    public static Actor Anonymous { get; } = new(null, "Anonyme");

    public static Actor System(string what) => new(null, $"Système · {what}");

    public static Actor Staff(string userId, string name) => new(userId, name);
}
