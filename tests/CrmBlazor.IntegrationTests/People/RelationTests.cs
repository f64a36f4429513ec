using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Relations;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.People;

/// <summary>A relation is stored once and read from both ends; the database refuses self links and duplicates either way round.</summary>
public sealed class RelationTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly PageRequest FirstPage = new(0, 25);

    [Fact]
    public async Task A_relation_added_on_the_person_reads_from_both_sides_and_the_organisation_lists_its_people()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var employee = await App.CreateRelationshipTypeAsync();
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var paul = await App.CreatePersonAsync("Durand", "Paul");
        var association = await App.CreateOrganisationAsync("Les Amis du Canal");

        Assert.True((await AddAsync(anne, new AddRelationshipCommand(marie.Id, employee, true, association.Id, new DateOnly(2020, 9, 1), "Comptable"))).Succeeded);
        Assert.True((await AddAsync(anne, new AddRelationshipCommand(association.Id, employee, false, paul.Id, null, null))).Succeeded);

        var fromMarie = Assert.Single((await TabAsync(anne, marie.Id)).Items);
        Assert.Equal(("salarié de", association.Id, "Les Amis du Canal", new DateOnly(2020, 9, 1), "Comptable", true),
            (fromMarie.Label, fromMarie.OtherContactId, fromMarie.OtherName, fromMarie.StartsOn, fromMarie.Note, fromMarie.IsCurrent));
        var fromAssociation = await TabAsync(anne, association.Id);
        Assert.Equal(2, fromAssociation.TotalCount);
        Assert.All(fromAssociation.Items, r => Assert.Equal("employeur de", r.Label));
        Assert.Equal([marie.Id, paul.Id], fromAssociation.Items.Select(r => r.OtherContactId).Order().ToArray());
        Assert.Equal(1, (await CountsAsync(anne, marie.Id)).Relations);
        Assert.Equal(2, (await CountsAsync(anne, association.Id)).Relations);
        Assert.Equal(2, await App.QueryAsync(db => db.Relationships.CountAsync()));

        var journal = await App.QueryAsync(db => db.JournalEntries.Where(j => j.EntityType == "relationships").ToListAsync());
        Assert.Equal(2, journal.Count);
        Assert.All(journal, j => Assert.Equal("Anne Martin", j.ActorName));
    }

    [Fact]
    public async Task The_same_link_entered_from_the_other_record_is_refused_and_a_contact_cannot_relate_to_itself()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var spouse = await App.CreateRelationshipTypeAsync("CONJOINT", "conjoint de", "conjoint de");
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var jean = await App.CreatePersonAsync("Lefèvre", "Jean");
        Assert.True((await AddAsync(anne, new AddRelationshipCommand(marie.Id, spouse, true, jean.Id, null, null))).Succeeded);

        var twice = await AddAsync(anne, new AddRelationshipCommand(jean.Id, spouse, true, marie.Id, null, null));
        var self = await AddAsync(anne, new AddRelationshipCommand(marie.Id, spouse, true, marie.Id, null, null));

        Assert.Equal([Messages.Relation_Exists], twice.Errors);
        Assert.Equal([Messages.Relation_Self], self.Errors);
        Assert.Equal("conjoint de", Assert.Single((await TabAsync(anne, jean.Id)).Items).Label);
    }

    [Fact]
    public async Task The_database_refuses_a_self_link_and_a_reversed_duplicate_whatever_writes_them()
    {
        var spouse = await App.CreateRelationshipTypeAsync("CONJOINT", "conjoint de", "conjoint de");
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var jean = await App.CreatePersonAsync("Lefèvre", "Jean");
        await using var connection = await App.OpenConnectionAsync();

        async Task<string?> InsertAsync(long a, long b)
        {
            await using var insert = new NpgsqlCommand(
                "INSERT INTO relationships (id, type_id, contact_a_id, contact_b_id) VALUES (nextval('relationships_hilo') * 100, @t, @a, @b)", connection);
            insert.Parameters.AddWithValue("t", spouse);
            insert.Parameters.AddWithValue("a", a);
            insert.Parameters.AddWithValue("b", b);
            try
            {
                await insert.ExecuteNonQueryAsync();
                return null;
            }
            catch (PostgresException ex)
            {
                return ex.ConstraintName;
            }
        }

        Assert.Equal("ck_relationships_not_self", await InsertAsync(marie.Id, marie.Id));
        Assert.Null(await InsertAsync(marie.Id, jean.Id));
        Assert.Equal("ux_relationships_type_pair", await InsertAsync(jean.Id, marie.Id));
    }

    [Fact]
    public async Task Ending_a_relation_dates_it_on_both_records_and_a_stale_screen_is_refused()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var employee = await App.CreateRelationshipTypeAsync();
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");
        var association = await App.CreateOrganisationAsync("Les Amis du Canal");
        Assert.True((await AddAsync(anne, new AddRelationshipCommand(marie.Id, employee, true, association.Id, new DateOnly(2020, 9, 1), null))).Succeeded);
        var seen = Assert.Single((await TabAsync(anne, marie.Id)).Items);

        var before = await EndAsync(anne, new EndRelationshipCommand(seen.Id, seen.Version, new DateOnly(2020, 8, 31)));
        var ended = await EndAsync(anne, new EndRelationshipCommand(seen.Id, seen.Version, new DateOnly(2024, 6, 30)));
        var stale = await EndAsync(anne, new EndRelationshipCommand(seen.Id, seen.Version, new DateOnly(2024, 7, 1)));

        Assert.Equal(["La fin de la relation précède son début."], before.Errors);
        Assert.True(ended.Succeeded, string.Join(" ", ended.Errors));
        Assert.Equal([Messages.Relation_ChangedMeanwhile], stale.Errors);
        var fromAssociation = Assert.Single((await TabAsync(anne, association.Id)).Items);
        Assert.Equal((new DateOnly(2024, 6, 30), false), (fromAssociation.EndsOn, fromAssociation.IsCurrent));
    }

    [Fact]
    public async Task An_administrator_adds_renames_and_retires_a_type_and_the_dialog_offers_active_types_from_both_ends()
    {
        var admin = await App.CreateStaffAsync(StaffRoles.Administrator);
        var save = (SaveRelationshipTypeCommand c) => App.ActAsync(admin, s => s.GetRequiredService<SaveRelationshipTypeHandler>().HandleAsync(c));
        Assert.True((await save(new SaveRelationshipTypeCommand(null, "tuteur", "tuteur de", "pupille de"))).Succeeded);
        Assert.True((await save(new SaveRelationshipTypeCommand(null, "VOISIN", "voisin de", "voisin de"))).Succeeded);
        var taken = await save(new SaveRelationshipTypeCommand(null, "Tuteur", "tuteur légal de", "pupille de"));
        var types = await App.ActAsync(admin, s => s.GetRequiredService<ListRelationshipTypesHandler>().HandleAsync());
        var tutor = types.Single(t => t.Code == "TUTEUR");
        Assert.True((await save(new SaveRelationshipTypeCommand(tutor.Id, "TUTEUR", "tuteur légal de", "sous la tutelle de"))).Succeeded);
        var neighbour = types.Single(t => t.Code == "VOISIN");

        var before = await ChoicesAsync(admin);
        Assert.True((await App.ActAsync(admin, s => s.GetRequiredService<SetRelationshipTypeActiveHandler>()
            .HandleAsync(new SetRelationshipTypeActiveCommand(neighbour.Id, false)))).Succeeded);
        var after = await ChoicesAsync(admin);

        Assert.Equal([string.Format(Messages.CodeList_CodeTaken, "TUTEUR")], taken.Errors);
        Assert.Equal(["sous la tutelle de", "tuteur légal de", "voisin de"], before.Select(c => c.Label).ToArray());
        Assert.Equal([(tutor.Id, false), (tutor.Id, true)], before.Where(c => c.TypeId == tutor.Id).Select(c => (c.TypeId, c.ContactIsA)).ToArray());
        Assert.Equal(["sous la tutelle de", "tuteur légal de"], after.Select(c => c.Label).ToArray());
    }

    private Task<IReadOnlyList<RelationChoice>> ChoicesAsync(StaffAccount who) =>
        App.ActAsync(who, s => s.GetRequiredService<ListRelationChoicesHandler>().HandleAsync());

    private Task<CommandResult<long>> AddAsync(StaffAccount who, AddRelationshipCommand command) =>
        App.ActAsync(who, s => s.GetRequiredService<AddRelationshipHandler>().HandleAsync(command));

    private Task<CommandResult> EndAsync(StaffAccount who, EndRelationshipCommand command) =>
        App.ActAsync(who, s => s.GetRequiredService<EndRelationshipHandler>().HandleAsync(command));

    private Task<PagedResult<RelationRow>> TabAsync(StaffAccount who, long contactId) =>
        App.ActAsync(who, s => s.GetRequiredService<ContactRelationsTabHandler>().HandleAsync(contactId, FirstPage));

    private Task<ContactTabCounts> CountsAsync(StaffAccount who, long contactId) =>
        App.ActAsync(who, s => s.GetRequiredService<ContactTabCountsHandler>().HandleAsync(contactId));
}
