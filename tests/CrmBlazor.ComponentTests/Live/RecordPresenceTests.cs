using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.Web.Live;

namespace CrmBlazor.ComponentTests.Live;

public sealed class RecordPresenceTests
{
    private const string Record = "contact:42";

    [Fact]
    public async Task Two_viewers_of_a_record_see_each_other_whoever_came_first()
    {
        var notifier = new InMemoryNotifier();
        await using var olga = new RecordPresence(notifier, TimeProvider.System, Record, "Olga Opératrice");
        await olga.StartAsync();
        await using var sami = new RecordPresence(notifier, TimeProvider.System, Record, "Sami Superviseur");
        await sami.StartAsync();

        Assert.Equal(["Sami Superviseur"], olga.Others);
        Assert.Equal(["Olga Opératrice"], sami.Others);
    }

    [Fact]
    public async Task A_viewer_who_closes_the_record_disappears_for_the_others()
    {
        var notifier = new InMemoryNotifier();
        await using var olga = new RecordPresence(notifier, TimeProvider.System, Record, "Olga Opératrice");
        await olga.StartAsync();
        var sami = new RecordPresence(notifier, TimeProvider.System, Record, "Sami Superviseur");
        await sami.StartAsync();
        var changes = 0;
        olga.Changed += () =>
        {
            changes++;
            return Task.CompletedTask;
        };

        await sami.DisposeAsync();

        Assert.Empty(olga.Others);
        Assert.Equal(1, changes);
    }

    [Fact]
    public async Task Viewers_of_another_record_are_not_listed()
    {
        var notifier = new InMemoryNotifier();
        await using var olga = new RecordPresence(notifier, TimeProvider.System, Record, "Olga Opératrice");
        await olga.StartAsync();
        await using var sami = new RecordPresence(notifier, TimeProvider.System, "contact:43", "Sami Superviseur");
        await sami.StartAsync();

        Assert.Empty(olga.Others);
    }

    [Fact]
    public async Task The_same_person_in_two_tabs_is_listed_once()
    {
        var notifier = new InMemoryNotifier();
        await using var olga = new RecordPresence(notifier, TimeProvider.System, Record, "Olga Opératrice");
        await olga.StartAsync();
        await using var samiTab1 = new RecordPresence(notifier, TimeProvider.System, Record, "Sami Superviseur");
        await samiTab1.StartAsync();
        await using var samiTab2 = new RecordPresence(notifier, TimeProvider.System, Record, "Sami Superviseur");
        await samiTab2.StartAsync();

        Assert.Equal(["Sami Superviseur"], olga.Others);
    }

    [Fact]
    public async Task A_presence_notice_never_carries_more_than_a_verb_and_a_session()
    {
        var notifier = new InMemoryNotifier();
        var payloads = new List<string?>();
        using var spy = notifier.Subscribe($"presence:{Record}", n =>
        {
            payloads.Add(n.Payload);
            return Task.CompletedTask;
        });
        await using var olga = new RecordPresence(notifier, TimeProvider.System, Record, "Olga Opératrice");
        await olga.StartAsync();

        Assert.Matches("^join\\|[0-9a-f]{32}$", Assert.Single(payloads));
    }
}
