namespace CrmBlazor.Domain.Journal;

/// <summary>
/// One immutable line of the journal: who did what to which row, when, with the fields' old and new values.
/// Rows are only ever inserted; the database refuses updates and deletes.
/// </summary>
[NotJournaled]
public sealed class JournalEntry
{
    public const int EntityTypeMaxLength = 100;
    public const int EntityKeyMaxLength = 200;
    public const int DetailMaxLength = 2000;

    private JournalEntry()
    {
    }

    public long Id { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public string? ActorId { get; private set; }

    public string ActorName { get; private set; } = "";

    public JournalAction Action { get; private set; }

    public string EntityType { get; private set; } = "";

    public string? EntityKey { get; private set; }

    public List<FieldChange> Changes { get; private set; } = [];

    public string? Detail { get; private set; }

    /// <summary>The contact the row belongs to, so a contact's journal reads its emails, addresses… as well.</summary>
    public long? ContactId { get; private set; }

    public static JournalEntry ForChange(
        DateTimeOffset at, Actor actor, JournalAction action, string entityType, string entityKey, IEnumerable<FieldChange> changes,
        long? contactId = null) =>
        new()
        {
            OccurredAt = at.ToUniversalTime(),
            ActorId = actor.UserId,
            ActorName = Truncate(actor.Name, Actor.NameMaxLength),
            Action = action,
            EntityType = Truncate(entityType, EntityTypeMaxLength),
            EntityKey = Truncate(entityKey, EntityKeyMaxLength),
            Changes = changes.ToList(),
            ContactId = contactId,
        };

    public static JournalEntry ForEvent(
        DateTimeOffset at, Actor actor, JournalAction action, string entityType, string? entityKey, string? detail, long? contactId = null) =>
        new()
        {
            OccurredAt = at.ToUniversalTime(),
            ActorId = actor.UserId,
            ActorName = Truncate(actor.Name, Actor.NameMaxLength),
            Action = action,
            EntityType = Truncate(entityType, EntityTypeMaxLength),
            EntityKey = entityKey is null ? null : Truncate(entityKey, EntityKeyMaxLength),
            Detail = detail is null ? null : Truncate(detail, DetailMaxLength),
            ContactId = contactId,
        };

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
