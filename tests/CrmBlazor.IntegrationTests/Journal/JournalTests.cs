using CrmBlazor.Application.Common;
using CrmBlazor.Application.Journal;
using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Journal;

/// <summary>The journal: written for every change, queried by the journal page, and append-only down to the database.</summary>
public sealed class JournalTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Theory]
    [InlineData("UPDATE journal_entries SET detail = 'x'", "UPDATE")]
    [InlineData("DELETE FROM journal_entries", "DELETE")]
    public async Task Database_refuses_to_update_or_delete_journal_rows(string sql, string operation)
    {
        await App.CreateStaffAsync(StaffRoles.Operator);
        var before = await App.JournalAsync();
        Assert.NotEmpty(before);
        await using var connection = await App.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal($"journal_entries is append-only: {operation} refused", refused.MessageText);
        var after = await App.JournalAsync();
        Assert.Equal(before.Select(e => (e.Id, e.Detail)), after.Select(e => (e.Id, e.Detail)));
    }

    [Fact]
    public async Task Application_refuses_to_modify_or_remove_journal_rows()
    {
        await App.CreateStaffAsync(StaffRoles.Operator);
        var count = (await App.JournalAsync()).Count;

        var removal = await App.ActAsync(Actor.System("tests"), async s =>
        {
            await using var db = await s.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            db.JournalEntries.Remove(await db.JournalEntries.OrderBy(e => e.Id).FirstAsync());
            return await Record.ExceptionAsync(() => db.SaveChangesAsync());
        });

        Assert.IsType<InvalidOperationException>(removal);
        Assert.Equal(count, (await App.JournalAsync()).Count);
    }

    [Fact]
    public async Task Journal_query_filters_by_actor_action_and_entity_newest_first_with_paging()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, displayName: "Anne Martin");
        var created = await App.ActAsync(administrator, s => s.GetRequiredService<CreateStaffAccountHandler>()
            .HandleAsync(new CreateStaffAccountCommand("paul.durand@asso.fr", "Paul Durand", StaffRoles.Operator)));
        Assert.True(created.Succeeded, string.Join(" ", created.Errors));
        var paulId = created.Value!.Id.ToString();
        using (var session = NewSession())
        {
            using var failed = await session.SubmitPasswordAsync("paul.durand@asso.fr", "Wrong-password-1");
        }

        var byAnne = await ListAsync(administrator, new ListJournalQuery(Actor: "ANNE"));
        var paulCreated = await ListAsync(
            administrator, new ListJournalQuery(EntityType: StaffJournal.EntityType, EntityKey: paulId, Action: JournalAction.Created));
        var failures = await ListAsync(administrator, new ListJournalQuery(Action: JournalAction.SignInFailed));
        var firstPage = await ListAsync(administrator, new ListJournalQuery(Page: new PageRequest(0, 2)));
        var secondPage = await ListAsync(administrator, new ListJournalQuery(Page: new PageRequest(1, 2)));
        var all = await App.JournalAsync();

        Assert.NotEmpty(byAnne.Items);
        Assert.All(byAnne.Items, r => Assert.Equal("Anne Martin", r.ActorName));
        Assert.Equal(all.Count(e => e.ActorName == "Anne Martin"), byAnne.TotalCount);

        var row = Assert.Single(paulCreated.Items);
        Assert.Equal("Anne Martin", row.ActorName);
        Assert.Contains(new FieldChange("DisplayName", null, "Paul Durand"), row.Changes);
        Assert.Contains(new FieldChange("MustChangePassword", null, "true"), row.Changes);
        Assert.Contains(new FieldChange("PasswordHash", null, JournalValue.Hidden), row.Changes);

        var failure = Assert.Single(failures.Items);
        Assert.Equal(("Paul Durand", paulId), (failure.ActorName, failure.EntityKey));

        Assert.Equal(all.Count, firstPage.TotalCount);
        Assert.Equal(2, firstPage.Items.Count);
        var newestFirst = all.OrderByDescending(e => e.OccurredAt).ThenByDescending(e => e.Id).Select(e => e.Id).ToList();
        Assert.Equal(newestFirst.Take(4), firstPage.Items.Concat(secondPage.Items).Select(r => r.Id));
    }

    private Task<PagedResult<JournalRow>> ListAsync(StaffAccount actor, ListJournalQuery query) =>
        App.ActAsync(actor, s => s.GetRequiredService<ListJournalHandler>().HandleAsync(query));
}
