using System.Collections.Concurrent;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Contacts;

/// <summary>Open records hear about saved changes on <c>contact:{id}</c>, through PostgreSQL's NOTIFY, with the part and the actor.</summary>
public sealed class ContactLiveUpdateTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string Barrier = "test-barrier";
    private static readonly TimeSpan Arrival = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Silence = TimeSpan.FromMilliseconds(500);

    [Fact]
    public async Task Notepad_edit_is_announced_on_the_contact_topic_with_the_part_and_the_staff_member()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        using var notices = await ListenAsync(contact.Id);

        var result = await App.ActAsync(anne, s => s.GetRequiredService<EditNotepadHandler>()
            .HandleAsync(new EditNotepadCommand(contact.Id, null, "Rappeler en juin")));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var notice = await notices.NextAsync(Arrival);
        Assert.Equal(ContactChangeInterceptor.Topic(contact.Id), notice.Topic);
        Assert.Equal(["notepad"], notice.Payload!.Split(','));
        Assert.Equal("Anne Martin", notice.ActorName);
    }

    [Fact]
    public async Task Adding_an_email_is_announced_as_an_emails_change()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        var generic = await App.GenericCampaignAsync();
        using var notices = await ListenAsync(contact.Id);

        var result = await App.ActAsync(anne, s => s.GetRequiredService<ContactEmailsHandler>()
            .AddAsync(new AddEmailCommand(contact.Id, "jean.dupont@orange.fr", generic)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var notice = await notices.NextAsync(Arrival);
        Assert.Contains("emails", notice.Payload!.Split(','));
        Assert.Equal("Anne Martin", notice.ActorName);
    }

    [Fact]
    public async Task A_notice_goes_to_the_edited_contact_only()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var edited = await App.CreatePersonAsync("Dupont", "Jean");
        var other = await App.CreatePersonAsync("Durand", "Pierre");
        using var onEdited = await ListenAsync(edited.Id);
        using var onOther = await ListenAsync(other.Id);

        var result = await App.ActAsync(anne, s => s.GetRequiredService<EditMemosHandler>().HandleAsync(new EditMemosCommand(
            edited.Id, new ContactMemos(null, null, null, null), new ContactMemos(null, "Appeler avant 18 h", null, null))));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal("memos", (await onEdited.NextAsync(Arrival)).Payload);
        await onOther.AssertSilentAsync(Silence);
    }

    [Fact]
    public async Task A_refused_conflicting_edit_announces_nothing()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        using var notices = await ListenAsync(contact.Id);
        var first = await App.ActAsync(anne, s => s.GetRequiredService<EditNotepadHandler>()
            .HandleAsync(new EditNotepadCommand(contact.Id, null, "Version d'Anne")));
        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        Assert.Equal("notepad", (await notices.NextAsync(Arrival)).Payload);

        var stale = await App.ActAsync(bruno, s => s.GetRequiredService<EditNotepadHandler>()
            .HandleAsync(new EditNotepadCommand(contact.Id, null, "Version de Bruno")));

        Assert.False(stale.Succeeded);
        await notices.AssertSilentAsync(Silence);
    }

    [Fact]
    public async Task A_change_saved_through_one_server_reaches_a_record_open_on_another_server()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        // A second app server: its own connection pool and its own LISTEN connection on the same database.
        await using var otherDataSource = Npgsql.NpgsqlDataSource.Create(App.ConnectionString);
        using var otherServer = new PgChangeNotifier(otherDataSource, Microsoft.Extensions.Logging.Abstractions.NullLogger<PgChangeNotifier>.Instance);
        await otherServer.StartAsync(CancellationToken.None);
        try
        {
            await otherServer.Listening.WaitAsync(TimeSpan.FromSeconds(10));
            using var notices = new NoticeCollector(otherServer, ContactChangeInterceptor.Topic(contact.Id));

            var result = await App.ActAsync(anne, s => s.GetRequiredService<EditNotepadHandler>()
                .HandleAsync(new EditNotepadCommand(contact.Id, null, "Rappeler en juin")));

            Assert.True(result.Succeeded, string.Join(" ", result.Errors));
            var notice = await notices.NextAsync(Arrival);
            while (notice.Payload != "notepad")
            {
                // The contact's creation may be announced first.
                notice = await notices.NextAsync(Arrival);
            }

            Assert.Equal("Anne Martin", notice.ActorName);
        }
        finally
        {
            await otherServer.StopAsync(CancellationToken.None);
        }
    }

    private async Task<NoticeCollector> ListenAsync(long contactId)
    {
        await App.Services.GetRequiredService<PgChangeNotifier>().Listening.WaitAsync(TimeSpan.FromSeconds(10));
        var notifier = App.Services.GetRequiredService<IChangeNotifier>();
        var topic = ContactChangeInterceptor.Topic(contactId);
        var collector = new NoticeCollector(notifier, topic);

        // Notices of the set-up (the contact's creation) may still be on their way: PostgreSQL delivers notices in commit
        // order, so once this marker arrives every earlier one has been heard and is dropped.
        await notifier.PublishAsync(new ChangeNotice(topic, Barrier, null));
        while ((await collector.NextAsync(Arrival)).Payload != Barrier)
        {
        }

        return collector;
    }

    /// <summary>Collects the notices of one topic until disposed.</summary>
    private sealed class NoticeCollector : IDisposable
    {
        private readonly BlockingCollection<ChangeNotice> _received = [];
        private readonly IDisposable _subscription;

        public NoticeCollector(IChangeNotifier notifier, string topic) =>
            _subscription = notifier.Subscribe(topic, notice =>
            {
                _received.Add(notice);
                return Task.CompletedTask;
            });

        public async Task<ChangeNotice> NextAsync(TimeSpan within)
        {
            var notice = await Task.Run(() => _received.TryTake(out var n, within) ? n : null);
            return notice ?? throw new Xunit.Sdk.XunitException($"No change notice arrived within {within.TotalMilliseconds} ms.");
        }

        public async Task AssertSilentAsync(TimeSpan during)
        {
            var notice = await Task.Run(() => _received.TryTake(out var n, during) ? n : null);
            Assert.True(notice is null, $"Unexpected change notice: {notice}");
        }

        public void Dispose()
        {
            _subscription.Dispose();
            _received.Dispose();
        }
    }
}
