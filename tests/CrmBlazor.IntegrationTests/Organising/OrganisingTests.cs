using System.Net;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Organising;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.Payments;
using CrmBlazor.IntegrationTests.Segments;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Organising;

/// <summary>Tags, groups and custom fields through the real handlers, the journal and the database's own checks.</summary>
public sealed class OrganisingTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Tagging_twice_keeps_one_tag_and_both_changes_are_journaled_on_the_contact()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var press = await App.TagAsync("PRESSE", jean.Id);

        var again = await App.ActAsync(Operator, s => s.GetRequiredService<ContactTagsHandler>().AddAsync(new TagContactsCommand([jean.Id], press)));
        var removed = await App.ActAsync(Operator, s => s.GetRequiredService<ContactTagsHandler>().RemoveAsync(new TagContactsCommand([jean.Id], press)));

        Assert.Equal(0, again.Value);
        Assert.Equal(1, removed.Value);
        var journal = (await App.JournalAsync()).Where(j => j.ContactId == jean.Id && j.EntityType == "contact_tags").ToList();
        Assert.Equal(2, journal.Count);
        Assert.All(journal, j => Assert.Equal(Operator.Name, j.ActorName));
    }

    [Fact]
    public async Task The_record_lists_its_tags_and_groups_in_label_order()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        await App.TagAsync("ZOO", jean.Id);
        await App.TagAsync("ABC", jean.Id);
        await App.GroupAsync("Trésoriers", jean.Id);
        await App.GroupAsync("Bénévoles", jean.Id);

        var tags = await App.ActAsync(Operator, s => s.GetRequiredService<ContactTagsHandler>().ListAsync(jean.Id));
        var groups = await App.ActAsync(Operator, s => s.GetRequiredService<ListGroupsHandler>().OfContactAsync(jean.Id));

        Assert.Equal(["Étiquette ABC", "Étiquette ZOO"], tags.Select(t => t.Label));
        Assert.Equal(["Bénévoles", "Trésoriers"], groups.Select(g => g.Name));
        Assert.All(tags, t => Assert.Equal(Today, t.Since));
    }

    [Fact]
    public async Task A_retired_tag_cannot_be_put_on_a_contact()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var press = await App.TagAsync("PRESSE");
        await App.WithDbAsync(async db =>
        {
            (await db.Tags.SingleAsync(t => t.Id == press)).Deactivate();
            return await db.SaveChangesAsync();
        });

        var added = await App.ActAsync(Operator, s => s.GetRequiredService<ContactTagsHandler>().AddAsync(new TagContactsCommand([jean.Id], press)));

        Assert.False(added.Succeeded);
    }

    [Fact]
    public async Task The_group_page_lists_members_with_their_last_gift_and_last_campaign_received()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean", postalCode: "75011", city: "Paris");
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var spring = await App.CampaignAsync("PRINTEMPS", Today.AddYears(-1));
        await App.TransferGiftAsync(jean.Id, 80m, Today.AddDays(-3), spring.Code);
        await App.ReceiveAsync(marie.Id, spring.Id, Today.AddDays(-10));
        var board = await App.GroupAsync("Conseil d'administration", jean.Id, marie.Id);

        var page = await App.ActAsync(Operator, s => s.GetRequiredService<GroupMembersHandler>().HandleAsync(board, new PageRequest(0, 25)));

        Assert.Equal(2, page.TotalCount);
        var first = page.Items[0];
        Assert.Equal(("Jean DUPONT", "75011", Today.AddDays(-3), 80m), (first.DisplayName, first.PostalCode, first.LastGiftOn, first.LastGiftAmount));
        Assert.Equal((spring.Name, Today.AddDays(-10)), (page.Items[1].LastCampaignReceived, page.Items[1].LastReceivedOn));
    }

    [Fact]
    public async Task Two_groups_cannot_share_a_name()
    {
        await App.GroupAsync("Bénévoles Lyon");

        var second = await App.ActAsync(Operator, s => s.GetRequiredService<SaveGroupHandler>().HandleAsync(new SaveGroupCommand(null, 0, " Bénévoles Lyon ", null)));

        Assert.Equal(["Un groupe « Bénévoles Lyon » existe déjà."], second.Errors);
    }

    [Fact]
    public async Task A_group_has_its_own_custom_fields()
    {
        var board = await App.GroupAsync("Conseil d'administration");
        var meeting = await App.ActAsync(Operator, s => s.GetRequiredService<SaveCustomFieldHandler>()
            .HandleAsync(new SaveCustomFieldCommand(null, 0, CustomFieldTarget.Group, "Date de la prochaine réunion", CustomFieldKind.Date, [])));

        var set = await App.ActAsync(Operator, s => s.GetRequiredService<CustomFieldValuesHandler>()
            .SetAsync(new SetGroupFieldCommand(board, meeting.Value, new CustomValueInput(Date: new DateOnly(2026, 12, 12)))));
        var fields = await App.ActAsync(Operator, s => s.GetRequiredService<CustomFieldValuesHandler>().OfGroupAsync(board));
        var durand = await App.CreatePersonAsync("Durand");
        var onContacts = await App.ActAsync(Operator, s => s.GetRequiredService<CustomFieldValuesHandler>().OfContactAsync(durand.Id));

        Assert.True(set.Succeeded, string.Join(" ", set.Errors));
        Assert.Equal("12/12/2026", Assert.Single(fields).Display);
        Assert.Empty(onContacts);
    }

    [Fact]
    public async Task Clearing_a_custom_field_removes_its_value()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var hours = await App.FieldAsync("Heures", CustomFieldKind.Number);
        await App.SetFieldAsync(jean.Id, hours, new CustomValueInput(Number: 3m));

        var cleared = await App.SetFieldAsync(jean.Id, hours, new CustomValueInput());

        Assert.True(cleared.Succeeded);
        Assert.Equal(0, await App.QueryAsync(db => db.ContactFieldValues.CountAsync()));
    }

    [Fact]
    public async Task The_database_refuses_a_value_in_the_column_of_another_kind()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var hours = await App.FieldAsync("Heures", CustomFieldKind.Number);
        await using var connection = await App.OpenConnectionAsync();

        var wrongColumn = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
            $"INSERT INTO contact_field_values (contact_id, field_id, kind, text_value) VALUES ({jean.Id}, {hours}, 'Number', 'douze')"));
        var wrongKind = await Assert.ThrowsAsync<PostgresException>(() => ExecuteAsync(connection,
            $"INSERT INTO contact_field_values (contact_id, field_id, kind, text_value) VALUES ({jean.Id}, {hours}, 'Text', 'douze')"));

        Assert.Equal(PostgresErrorCodes.CheckViolation, wrongColumn.SqlState);
        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, wrongKind.SqlState);
    }

    [Fact]
    public async Task Choices_of_a_dropdown_are_required_and_other_kinds_keep_none()
    {
        var none = await App.ActAsync(Operator, s => s.GetRequiredService<SaveCustomFieldHandler>()
            .HandleAsync(new SaveCustomFieldCommand(null, 0, CustomFieldTarget.Contact, "Taille", CustomFieldKind.Choice, [" ", ""])));
        var number = await App.FieldAsync("Heures", CustomFieldKind.Number, "ignorée");

        Assert.Equal(["Une liste déroulante ou un choix multiple demande au moins une option."], none.Errors);
        Assert.Empty((await App.QueryAsync(db => db.CustomFields.SingleAsync(f => f.Id == number))).Options);
    }

    [Theory]
    [InlineData("/segments")]
    [InlineData("/recherche")]
    [InlineData("/groupes")]
    public async Task Operator_opens_segments_search_and_groups(string path)
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        using var response = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Operator_gets_403_on_custom_fields_administration()
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        using var response = await session.GetAsync("/administration/champs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
