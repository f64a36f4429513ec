using CrmBlazor.Application.Demo;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Demo;

/// <summary>The demo base loader: realistic proportions, every constraint kept, indexes back after a big load, HiLo safe.</summary>
public sealed class DemoBaseLoaderTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly Actor Tester = Actor.System("tests");

    [Fact]
    public async Task Small_load_has_realistic_proportions_valid_rows_and_one_journal_line()
    {
        var result = await LoadAsync(3000);

        Assert.False(result.IndexesRebuilt);
        Assert.Equal(3000, await ScalarAsync("SELECT count(*) FROM contacts"));
        Assert.Equal(result.RowsOf("campaign_receptions"), await ScalarAsync("SELECT count(*) FROM campaign_receptions"));
        Assert.InRange(await ScalarAsync("SELECT count(*) FROM campaigns"), 1400, 1600);
        AssertShare(await ScalarAsync("SELECT count(*) FROM contacts WHERE kind = 'Person'"), 3000, 0.92, 0.98);
        Assert.Equal(3000, await ScalarAsync("SELECT count(*) FROM contact_addresses WHERE is_main"));
        AssertShare(await ScalarAsync("SELECT count(*) FROM contact_addresses WHERE NOT is_main"), 3000, 0.015, 0.05);
        AssertShare(await ScalarAsync("SELECT count(DISTINCT contact_id) FROM contact_phones"), 3000, 0.75, 0.85);
        AssertShare(await ScalarAsync("SELECT count(DISTINCT contact_id) FROM contact_emails"), 3000, 0.65, 0.75);
        AssertShare(await ScalarAsync("SELECT count(*) FROM contacts WHERE suspension_code_id IS NOT NULL"), 3000, 0.01, 0.035);
        AssertShare(await ScalarAsync("SELECT count(*) FROM contacts WHERE no_solicitation"), 3000, 0.08, 0.12);
        Assert.InRange(await ScalarAsync("SELECT count(DISTINCT last_name) FROM contacts"), 250, 420);

        // Receptions: about six per contact, three heavy contacts with a thousand or more, never before the campaign started.
        Assert.Equal(3, await ScalarAsync("SELECT count(*) FROM (SELECT contact_id FROM campaign_receptions GROUP BY 1 HAVING count(*) >= 1000) h"));
        var ordinary = await ScalarAsync("SELECT count(*) FROM campaign_receptions r WHERE r.contact_id IN (SELECT contact_id FROM campaign_receptions GROUP BY 1 HAVING count(*) < 1000)");
        AssertShare(ordinary, 3000 * 6, 0.85, 1.1);
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM campaign_receptions r JOIN campaigns c ON c.id = r.campaign_id WHERE r.received_on < c.starts_on"));

        // What browser tests and demos type: « lefevre ».
        Assert.Equal(1, await ScalarAsync(
            """
            SELECT count(*) FROM contacts c
            JOIN contact_addresses a ON a.contact_id = c.id AND a.is_main AND a.postal_code = '75011' AND a.city = 'PARIS'
            WHERE c.first_name = 'Marie' AND c.last_name = 'Lefèvre' AND EXISTS (SELECT 1 FROM contact_emails e WHERE e.contact_id = c.id)
            """));
        Assert.True(await ScalarAsync("SELECT count(*) FROM contacts WHERE search_name LIKE 'lefevre %'") >= 3);

        await AssertPhonesAndSiretsValidAsync();
        var journal = Assert.Single(await App.JournalAsync(), e => e.Detail?.StartsWith(DemoBaseLoader.JournalDetailPrefix, StringComparison.Ordinal) == true);
        Assert.Equal($"{DemoBaseLoader.JournalDetailPrefix}{DemoAscii.Count(3000)} contacts (graine {DemoLoadRequest.DefaultSeed})", journal.Detail);
        Assert.StartsWith("Système", journal.ActorName, StringComparison.Ordinal);
        await AssertEfInsertsAfterTheLoadAsync(result);
    }

    [Fact]
    public async Task Big_load_drops_then_rebuilds_every_index_and_foreign_key_and_a_second_load_adds_to_the_base()
    {
        await LoadAsync(1000);
        var indexesBefore = await TextsAsync(IndexesSql);
        var keysBefore = await TextsAsync(ForeignKeysSql);
        Assert.Contains(indexesBefore, i => i.StartsWith("ix_contacts_search_name_trgm ", StringComparison.Ordinal));

        var result = await LoadAsync(60_000, seed: 7);

        Assert.True(result.IndexesRebuilt);
        Assert.Equal(indexesBefore, await TextsAsync(IndexesSql));
        Assert.Equal(keysBefore, await TextsAsync(ForeignKeysSql));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid WHERE t.relname = ANY(@p) AND NOT i.indisvalid"));
        Assert.Equal(0, await ScalarAsync("SELECT count(*) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE t.relname = ANY(@p) AND NOT c.convalidated"));
        Assert.Equal(61_000, await ScalarAsync("SELECT count(*) FROM contacts"));
        Assert.Equal(61_000, await ScalarAsync("SELECT count(DISTINCT member_number) FROM contacts"));
        Assert.Equal(1 + 60, await ScalarAsync("SELECT count(*) FROM (SELECT contact_id FROM campaign_receptions GROUP BY 1 HAVING count(*) >= 1000) h"));
        // The showcase people come with the first load only.
        Assert.Equal(1, await ScalarAsync("SELECT count(*) FROM contact_addresses WHERE street = '12 rue de la Roquette'"));
        Assert.Equal(2, (await App.JournalAsync()).Count(e => e.Detail?.StartsWith(DemoBaseLoader.JournalDetailPrefix, StringComparison.Ordinal) == true));
        await AssertEfInsertsAfterTheLoadAsync(result);
    }

    private const string IndexesSql =
        "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = ANY(@p) ORDER BY 1";

    private const string ForeignKeysSql =
        "SELECT c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid WHERE c.contype = 'f' AND t.relname = ANY(@p) ORDER BY 1";

    private Task<DemoLoadResult> LoadAsync(int contacts, int seed = DemoLoadRequest.DefaultSeed) =>
        App.ActAsync(Tester, async s =>
            await s.GetRequiredService<DemoBaseLoader>().LoadAsync(new DemoLoadRequest(contacts, seed))
            ?? throw new InvalidOperationException("The load was skipped."));

    /// <summary>
    /// The app's own inserts after the load must not collide: its HiLo blocks (even one it cached before the load) lie
    /// outside the loaded ids, and the next member number comes after the loaded ones.
    /// </summary>
    private async Task AssertEfInsertsAfterTheLoadAsync(DemoLoadResult result)
    {
        var maxMember = await ScalarAsync("SELECT max(member_number) FROM contacts");
        var emails = await ScalarAsync("SELECT count(*) FROM contact_emails");
        var (contactId, memberNumber) = await App.ActAsync(Tester, async s =>
        {
            await using var db = await s.GetRequiredService<IDbContextFactory<AppDbContext>>().CreateDbContextAsync();
            var origin = await db.Campaigns.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var contact = Contact.NewPerson(0, Civility.Madame, "Zoé", "Après-Chargement", new DateOnly(2026, 1, 5), origin);
            db.Contacts.Add(contact);
            db.ContactEmails.Add(ContactEmail.Enter(contact.Id, "zoe.apres@orange.fr", new DateOnly(2026, 1, 5), origin));
            db.ContactEmails.Add(ContactEmail.Enter(contact.Id, "zoe.apres@free.fr", new DateOnly(2026, 1, 5), origin));
            await db.SaveChangesAsync();
            return (contact.Id, contact.MemberNumber);
        });

        Assert.False(contactId >= result.FirstContactId && contactId <= result.LastContactId, $"contact {contactId} inside the loaded range");
        Assert.True(memberNumber > maxMember, $"member number {memberNumber} not above {maxMember}");
        Assert.Equal(emails + 2, await ScalarAsync("SELECT count(*) FROM contact_emails"));
    }

    private async Task AssertPhonesAndSiretsValidAsync()
    {
        await using var connection = await App.OpenConnectionAsync();
        await using (var phones = new NpgsqlCommand("SELECT e164, display, search_digits FROM contact_phones", connection))
        await using (var reader = await phones.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                var (e164, display, digits) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
                var parsed = ValidPhoneNumber.TryParse(e164.StartsWith("+33", StringComparison.Ordinal) ? display : e164);
                Assert.True(parsed is not null, $"{display} ({e164}) is not a valid number");
                Assert.Equal((e164, display, digits), (parsed.E164, parsed.Display, parsed.NationalDigits));
            }
        }

        await using var sirets = new NpgsqlCommand("SELECT siret FROM contacts WHERE siret IS NOT NULL", connection);
        await using var siretReader = await sirets.ExecuteReaderAsync();
        var count = 0;
        while (await siretReader.ReadAsync())
        {
            count++;
            Assert.True(Siret.IsValid(siretReader.GetString(0)), $"{siretReader.GetString(0)} fails the Luhn check");
        }

        Assert.InRange(count, 30, 120);
    }

    private static void AssertShare(long count, long total, double low, double high) =>
        Assert.InRange((double)count / total, low, high);

    private async Task<long> ScalarAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", DemoBaseLoader.LoadedTables.ToArray());
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<List<string>> TextsAsync(string sql)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("p", DemoBaseLoader.LoadedTables.ToArray());
        var texts = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            texts.Add(reader.GetString(0));
        }

        return texts;
    }
}
