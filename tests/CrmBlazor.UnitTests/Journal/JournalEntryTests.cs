using CrmBlazor.Domain.Journal;

namespace CrmBlazor.UnitTests.Journal;

public sealed class JournalEntryTests
{
    private static readonly DateTimeOffset ParisMorning = new(2026, 6, 1, 9, 15, 0, TimeSpan.FromHours(2));
    private static readonly Actor Anne = Actor.Staff("7f1d3c9e-0000-0000-0000-000000000001", "Anne Martin");

    [Fact]
    public void A_change_records_who_did_what_to_which_row()
    {
        FieldChange[] changes = [new("DisplayName", "Anne", "Anne Martin")];

        var entry = JournalEntry.ForChange(ParisMorning, Anne, JournalAction.Updated, "staff_users", "42", changes);

        Assert.Equal(Anne.UserId, entry.ActorId);
        Assert.Equal("Anne Martin", entry.ActorName);
        Assert.Equal(JournalAction.Updated, entry.Action);
        Assert.Equal("staff_users", entry.EntityType);
        Assert.Equal("42", entry.EntityKey);
        Assert.Equal(changes, entry.Changes);
        Assert.Null(entry.Detail);
    }

    [Fact]
    public void A_change_is_stamped_in_utc()
    {
        var entry = JournalEntry.ForChange(ParisMorning, Anne, JournalAction.Created, "staff_users", "42", []);

        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 7, 15, 0, TimeSpan.Zero), entry.OccurredAt);
    }

    [Fact]
    public void A_change_keeps_its_own_copy_of_the_field_changes()
    {
        var changes = new List<FieldChange> { new("Email", null, "anne@example.org") };

        var entry = JournalEntry.ForChange(ParisMorning, Anne, JournalAction.Created, "staff_users", "42", changes);
        changes.Add(new FieldChange("DisplayName", null, "Anne"));

        Assert.Single(entry.Changes);
    }

    [Fact]
    public void A_change_by_nobody_signed_in_has_no_actor_id()
    {
        var entry = JournalEntry.ForChange(ParisMorning, Actor.Anonymous, JournalAction.Created, "staff_users", "42", []);

        Assert.Null(entry.ActorId);
        Assert.Equal("Anonyme", entry.ActorName);
    }

    [Fact]
    public void A_change_cuts_overlong_texts_to_the_column_limits()
    {
        var actor = Actor.Staff("id", new string('n', Actor.NameMaxLength + 10));

        var entry = JournalEntry.ForChange(
            ParisMorning,
            actor,
            JournalAction.Updated,
            new string('t', JournalEntry.EntityTypeMaxLength + 1),
            new string('k', JournalEntry.EntityKeyMaxLength + 1),
            []);

        Assert.Equal(new string('n', 256), entry.ActorName);
        Assert.Equal(new string('t', 100), entry.EntityType);
        Assert.Equal(new string('k', 200), entry.EntityKey);
    }

    [Fact]
    public void Texts_exactly_at_the_limits_are_kept_whole()
    {
        var name = new string('n', Actor.NameMaxLength);
        var type = new string('t', JournalEntry.EntityTypeMaxLength);
        var key = new string('k', JournalEntry.EntityKeyMaxLength);
        var detail = new string('d', JournalEntry.DetailMaxLength);

        var change = JournalEntry.ForChange(ParisMorning, Actor.Staff("id", name), JournalAction.Updated, type, key, []);
        var @event = JournalEntry.ForEvent(ParisMorning, Actor.Staff("id", name), JournalAction.SignedIn, type, key, detail);

        Assert.Equal((name, type, key), (change.ActorName, change.EntityType, change.EntityKey));
        Assert.Equal((name, type, key, detail), (@event.ActorName, @event.EntityType, @event.EntityKey, @event.Detail));
    }

    [Fact]
    public void An_event_records_its_detail_and_no_field_changes()
    {
        var entry = JournalEntry.ForEvent(
            ParisMorning, Anne, JournalAction.SignInFailed, "staff_users", "42", "Mot de passe incorrect");

        Assert.Equal(JournalAction.SignInFailed, entry.Action);
        Assert.Equal("staff_users", entry.EntityType);
        Assert.Equal("42", entry.EntityKey);
        Assert.Equal("Mot de passe incorrect", entry.Detail);
        Assert.Empty(entry.Changes);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 7, 15, 0, TimeSpan.Zero), entry.OccurredAt);
        Assert.Equal(TimeSpan.Zero, entry.OccurredAt.Offset);
    }

    [Fact]
    public void An_event_may_have_neither_key_nor_detail()
    {
        var entry = JournalEntry.ForEvent(ParisMorning, Actor.System("Ménage"), JournalAction.JobTriggered, "jobs", null, null);

        Assert.Null(entry.EntityKey);
        Assert.Null(entry.Detail);
        Assert.Null(entry.ActorId);
        Assert.Equal("Système · Ménage", entry.ActorName);
    }

    [Fact]
    public void An_event_cuts_overlong_texts_to_the_column_limits()
    {
        var entry = JournalEntry.ForEvent(
            ParisMorning,
            Actor.Staff("id", new string('n', 300)),
            JournalAction.SignedIn,
            new string('t', 150),
            new string('k', 250),
            new string('d', JournalEntry.DetailMaxLength + 1));

        Assert.Equal(Actor.NameMaxLength, entry.ActorName.Length);
        Assert.Equal(JournalEntry.EntityTypeMaxLength, entry.EntityType.Length);
        Assert.Equal(JournalEntry.EntityKeyMaxLength, entry.EntityKey?.Length);
        Assert.Equal(JournalEntry.DetailMaxLength, entry.Detail?.Length);
    }
}
