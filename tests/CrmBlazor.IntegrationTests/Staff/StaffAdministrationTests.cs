using CrmBlazor.Application.Common;
using CrmBlazor.Application.Journal;
using CrmBlazor.Application.Resources;
using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.Infrastructure.Identity;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Staff;

/// <summary>An administrator's edits of staff accounts: journaled with old and new values, concurrency-checked, one administrator kept.</summary>
public sealed class StaffAdministrationTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Disabling_an_account_is_journaled_with_old_and_new_values_and_the_administrator_as_actor()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, displayName: "Anne Martin");
        var member = await App.CreateStaffAsync(StaffRoles.Operator);
        var lastBefore = (await App.JournalAsync()).Max(e => e.Id);

        var result = await SetEnabledAsync(administrator, member.Id, enabled: false, await StampOfAsync(member.Id));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.True((await App.FindUserAsync(member.Id)).IsDisabled);
        var entry = Assert.Single(await App.JournalAsync(), e => e.Id > lastBefore);
        Assert.Equal(JournalAction.Updated, entry.Action);
        Assert.Equal(StaffJournal.EntityType, entry.EntityType);
        Assert.Equal(member.Id.ToString(), entry.EntityKey);
        Assert.Equal("Anne Martin", entry.ActorName);
        Assert.Equal(administrator.Id.ToString(), entry.ActorId);
        Assert.Contains(new FieldChange("IsDisabled", "false", "true"), entry.Changes);
        var securityStamp = Assert.Single(entry.Changes, c => c.Field == "SecurityStamp");
        Assert.Equal((JournalValue.Hidden, JournalValue.Hidden), (securityStamp.Old, securityStamp.New));

        // What a DBA reading the table sees: plain columns and a jsonb list of field changes.
        await using var connection = await App.OpenConnectionAsync();
        await using var query = new NpgsqlCommand(
            """
            SELECT actor_name, action, entity_type,
                   jsonb_path_exists(changes, '$[*] ? (@.field == "IsDisabled" && @.old == "false" && @.new == "true")')
            FROM journal_entries WHERE id = @id
            """,
            connection);
        query.Parameters.AddWithValue("id", entry.Id);
        await using var row = await query.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal(("Anne Martin", "Updated", "staff_users", true), (row.GetString(0), row.GetString(1), row.GetString(2), row.GetBoolean(3)));
    }

    [Fact]
    public async Task Changing_a_role_is_journaled_and_found_through_the_journal_query()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator, displayName: "Anne Martin");
        var member = await App.CreateStaffAsync(StaffRoles.Supervisor);
        var roleIds = await App.QueryAsync(db => db.Roles.AsNoTracking().ToDictionaryAsync(r => r.Name!, r => r.Id.ToString()));
        var stamp = await StampOfAsync(member.Id);

        var result = await App.ActAsync(administrator, s => s.GetRequiredService<ChangeStaffRoleHandler>()
            .HandleAsync(new ChangeStaffRoleCommand(member.Id, StaffRoles.Administrator, stamp)));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal([StaffRoles.Administrator], await RolesOfAsync(member.Id));

        var journal = await App.ActAsync(administrator, s => s.GetRequiredService<ListJournalHandler>()
            .HandleAsync(new ListJournalQuery(Actor: "anne", EntityType: "staff_user_roles")));
        Assert.Equal(2, journal.TotalCount);
        var removed = Assert.Single(journal.Items, r => r.Action == JournalAction.Deleted);
        var added = Assert.Single(journal.Items, r => r.Action == JournalAction.Created);
        Assert.Equal($"{member.Id}|{roleIds[StaffRoles.Supervisor]}", removed.EntityKey);
        Assert.Contains(new FieldChange("RoleId", roleIds[StaffRoles.Supervisor], null), removed.Changes);
        Assert.Contains(new FieldChange("RoleId", null, roleIds[StaffRoles.Administrator]), added.Changes);
        Assert.All(journal.Items, r => Assert.Equal("Anne Martin", r.ActorName));

        var stampRenewed = await App.ActAsync(administrator, s => s.GetRequiredService<ListJournalHandler>()
            .HandleAsync(new ListJournalQuery(EntityType: StaffJournal.EntityType, EntityKey: member.Id.ToString(), Action: JournalAction.Updated)));
        var update = Assert.Single(stampRenewed.Items);
        Assert.Contains(update.Changes, c => c.Field == "SecurityStamp");
    }

    [Fact]
    public async Task Stale_concurrency_stamp_is_refused_with_the_French_conflict_message()
    {
        var administrator = await App.CreateStaffAsync(StaffRoles.Administrator);
        var member = await App.CreateStaffAsync(StaffRoles.Operator);
        var loadedByBoth = await StampOfAsync(member.Id);
        var first = await SetEnabledAsync(administrator, member.Id, enabled: false, loadedByBoth);
        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        var journalBefore = (await App.JournalAsync()).Count;

        var roleChange = await App.ActAsync(administrator, s => s.GetRequiredService<ChangeStaffRoleHandler>()
            .HandleAsync(new ChangeStaffRoleCommand(member.Id, StaffRoles.Supervisor, loadedByBoth)));
        var enable = await SetEnabledAsync(administrator, member.Id, enabled: true, loadedByBoth);

        const string conflict = "Ce compte a été modifié par quelqu'un d'autre entre-temps. Rechargez la page et recommencez.";
        Assert.Equal([conflict], roleChange.Errors);
        Assert.Equal([conflict], enable.Errors);
        Assert.Equal(conflict, Messages.Staff_ConcurrencyConflict);
        Assert.Equal([StaffRoles.Operator], await RolesOfAsync(member.Id));
        Assert.True((await App.FindUserAsync(member.Id)).IsDisabled);
        Assert.Equal(journalBefore, (await App.JournalAsync()).Count);
    }

    [Fact]
    public async Task The_last_active_administrator_can_be_neither_disabled_nor_demoted()
    {
        var first = await App.CreateStaffAsync(StaffRoles.Administrator);
        var second = await App.CreateStaffAsync(StaffRoles.Administrator);
        var disableSecond = await SetEnabledAsync(first, second.Id, enabled: false, await StampOfAsync(second.Id));
        Assert.True(disableSecond.Succeeded, string.Join(" ", disableSecond.Errors));
        var system = Actor.System("tests");
        var stamp = await StampOfAsync(first.Id);

        var disableBySystem = await App.ActAsync(system, s => s.GetRequiredService<SetStaffAccountEnabledHandler>()
            .HandleAsync(new SetStaffAccountEnabledCommand(first.Id, false, stamp)));
        var demoteBySystem = await App.ActAsync(system, s => s.GetRequiredService<ChangeStaffRoleHandler>()
            .HandleAsync(new ChangeStaffRoleCommand(first.Id, StaffRoles.Supervisor, stamp)));
        var demoteSelf = await App.ActAsync(first, s => s.GetRequiredService<ChangeStaffRoleHandler>()
            .HandleAsync(new ChangeStaffRoleCommand(first.Id, StaffRoles.Operator, stamp)));
        var disableSelf = await SetEnabledAsync(first, first.Id, enabled: false, stamp);

        Assert.Equal(["Il doit rester au moins un administrateur actif."], disableBySystem.Errors);
        Assert.Equal([Messages.Staff_LastAdministrator], demoteBySystem.Errors);
        Assert.Equal([Messages.Staff_CannotDemoteSelf], demoteSelf.Errors);
        Assert.Equal([Messages.Staff_CannotDisableSelf], disableSelf.Errors);
        Assert.False((await App.FindUserAsync(first.Id)).IsDisabled);
        Assert.Equal([StaffRoles.Administrator], await RolesOfAsync(first.Id));

        // With a second active administrator again, the first one may step down.
        var enableSecond = await SetEnabledAsync(first, second.Id, enabled: true, await StampOfAsync(second.Id));
        Assert.True(enableSecond.Succeeded, string.Join(" ", enableSecond.Errors));
        Assert.Equal(stamp, await StampOfAsync(first.Id));
        var demoteNow = await App.ActAsync(second, s => s.GetRequiredService<ChangeStaffRoleHandler>()
            .HandleAsync(new ChangeStaffRoleCommand(first.Id, StaffRoles.Supervisor, stamp)));
        Assert.True(demoteNow.Succeeded, string.Join(" ", demoteNow.Errors));
        Assert.Equal([StaffRoles.Supervisor], await RolesOfAsync(first.Id));
    }

    [Fact]
    public async Task Creating_an_account_with_a_taken_email_is_refused_in_French()
    {
        var existing = await App.CreateStaffAsync(StaffRoles.Operator);

        var result = await App.ActAsync(Actor.System("tests"), s => s.GetRequiredService<CreateStaffAccountHandler>()
            .HandleAsync(new CreateStaffAccountCommand(existing.Email.ToUpperInvariant(), "Homonyme", StaffRoles.Operator)));

        Assert.Equal([Messages.Staff_EmailTaken], result.Errors);
        Assert.Equal(1, await App.QueryAsync(db => db.Users.CountAsync()));
    }

    private Task<CommandResult> SetEnabledAsync(StaffAccount actor, Guid userId, bool enabled, string stamp) =>
        App.ActAsync(actor, s => s.GetRequiredService<SetStaffAccountEnabledHandler>()
            .HandleAsync(new SetStaffAccountEnabledCommand(userId, enabled, stamp)));

    private async Task<string> StampOfAsync(Guid userId) => (await App.FindUserAsync(userId)).ConcurrencyStamp!;

    private Task<IList<string>> RolesOfAsync(Guid userId) =>
        App.ActAsync(Actor.System("tests"), async s =>
        {
            var users = s.GetRequiredService<UserManager<StaffUser>>();
            return await users.GetRolesAsync(await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("No such user."));
        });
}
