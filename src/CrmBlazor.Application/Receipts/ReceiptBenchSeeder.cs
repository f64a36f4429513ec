using CrmBlazor.Application.Common;
using System.Diagnostics;
using CrmBlazor.Application.Demo;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Receipts;

/// <summary>What the bench base holds: exactly <paramref name="ReceiptDonors"/> donors due a receipt for <paramref name="Year"/>.</summary>
public sealed record ReceiptBenchSeed(int Year, int ReceiptDonors, int SkippedDonors, long Gifts, TimeSpan Elapsed);

/// <summary>
/// Seeds a base for the receipts bench: demo contacts (names, addresses, emails as the demo loader makes them), then a
/// year of gifts by binary COPY. The first <c>donors</c> persons without suspension want an annual receipt (by post, or
/// by email), a tenth of them per gift with monthly recurring gifts, which are receipted annually all the same; every
/// other loaded contact (organisations, suspended persons, donors who want no receipt or one per gift) gives too and
/// must be skipped. Gifts in other statuses and years are mixed in, for the run to leave out.
/// </summary>
public sealed class ReceiptBenchSeeder(
    NpgsqlDataSource dataSource, DemoBaseLoader loader, IDbContextFactory<AppDbContext> dbFactory, JournalWriter journal)
{
    private const string GiftColumns = "id, contact_id, campaign_id, amount, donated_on, method, origin, status, status_reason, status_changed_on";

    public async Task<ReceiptBenchSeed> SeedAsync(int donors, int year, int seed, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        // About 7 % of demo contacts are organisations or suspended: a fifth more leaves enough persons and some to skip.
        var loaded = await loader.LoadAsync(new DemoLoadRequest((int)Math.Ceiling(donors * 1.2), seed), null, ct)
            ?? throw new InvalidOperationException("The demo loader loaded nothing.");
        await EnsureIssuerAsync(ct);

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var roles = await AssignPreferencesAsync(connection, loaded.FirstContactId, loaded.LastContactId, donors, ct);
        var campaign = await ScalarAsync<long>(connection, "SELECT id FROM campaigns ORDER BY is_generic DESC, id LIMIT 1", ct);
        var random = new Random(seed);
        var gifts = roles.SelectMany(r => GiftsOf(r, year, random)).ToList();
        var firstId = await DemoBaseSchema.ReserveAsync(connection, "donations", "id", "donations_hilo", gifts.Count, ct);
        await BulkWriter.CopyAsync(connection, "donations", GiftColumns, gifts.Select((g, i) => (Id: firstId + i, Gift: g)).ToList(), (w, row) =>
        {
            var (id, g) = row;
            w.Write(id, NpgsqlDbType.Bigint);
            w.Write(g.ContactId, NpgsqlDbType.Bigint);
            w.Write(campaign, NpgsqlDbType.Bigint);
            w.Write(g.Amount, NpgsqlDbType.Numeric);
            w.Write(g.On, NpgsqlDbType.Date);
            w.Write(g.Method, NpgsqlDbType.Varchar);
            w.Write(g.Origin, NpgsqlDbType.Varchar);
            w.Write(g.Status, NpgsqlDbType.Varchar);
            BulkWriter.Text(w, g.Status is "Collected" or "Pending" ? null : "banc d'essai");
            if (g.Status is "Collected" or "Pending")
            {
                w.WriteNull();
            }
            else
            {
                w.Write(g.On.AddDays(20), NpgsqlDbType.Date);
            }
        }, ct);
        await using (var recurring = new NpgsqlCommand(RecurringGiftsSql, connection) { CommandTimeout = 0 })
        {
            recurring.Parameters.AddWithValue("first", firstId);
            await recurring.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        await journal.RecordAsync(
            Actor.System("banc d'essai des reçus"), JournalAction.Created, "donations", null,
            $"Banc d'essai des reçus : {gifts.Count} dons {year} pour {roles.Count} contacts", ct);
        await using (var analyze = new NpgsqlCommand("ANALYZE contacts, contact_addresses, contact_emails, donations", connection))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(ct);
        }

        return new ReceiptBenchSeed(year, roles.Count(r => r.DueReceipt), roles.Count(r => !r.DueReceipt), gifts.Count, watch.Elapsed);
    }

    /// <summary>
    /// Preferences decided set-based on the loaded range: the first <paramref name="donors"/> unsuspended persons are due a
    /// receipt; the others get « aucun » or « par don » (one-off gifts only), or stay organisations and suspended.
    /// </summary>
    /// <summary>The monthly gifts' recurring gift (and SEPA mandate) and one instalment per gift, as the database requires.</summary>
    private const string RecurringGiftsSql = """
        WITH recurring AS (
            SELECT contact_id, min(donated_on) AS first_on, min(amount) AS amount, min(method) AS method, min(campaign_id) AS campaign_id
              FROM donations WHERE origin = 'Recurring' AND id >= @first GROUP BY contact_id),
        mandates AS (
            INSERT INTO sepa_mandates (id, contact_id, rum, signed_on, iban, debtor_name, status)
            SELECT nextval('sepa_mandates_hilo'), contact_id, 'BENCH-' || contact_id, first_on - 30, 'FR7630006000011234567890189',
                   'Donateur du banc d''essai', 'Active'
              FROM recurring WHERE method = 'DirectDebit'
         RETURNING id, contact_id),
        gifts AS (
            INSERT INTO recurring_gifts (id, contact_id, channel, amount, periodicity, campaign_id, anchor_day, starts_on, next_due_on, mandate_id, status)
            SELECT nextval('recurring_gifts_hilo'), r.contact_id, r.method, r.amount, 'Monthly', r.campaign_id, extract(day FROM r.first_on)::int,
                   r.first_on, (r.first_on + interval '12 months')::date, m.id, 'Active'
              FROM recurring r LEFT JOIN mandates m ON m.contact_id = r.contact_id
         RETURNING id, contact_id)
        INSERT INTO instalments (donation_id, recurring_gift_id, contact_id, due_on, collect_on, amount, channel, status, collected_on, failure_reason, failed_on)
        SELECT d.id, g.id, d.contact_id, d.donated_on, d.donated_on, d.amount, d.method,
               CASE d.status WHEN 'Unpaid' THEN 'Unpaid' ELSE 'Collected' END,
               CASE WHEN d.status = 'Collected' THEN d.donated_on END,
               CASE WHEN d.status = 'Unpaid' THEN 'banc d''essai' END,
               CASE WHEN d.status = 'Unpaid' THEN d.donated_on END
          FROM donations d JOIN gifts g ON g.contact_id = d.contact_id
         WHERE d.origin = 'Recurring' AND d.id >= @first
        """;

    private static async Task<List<Role>> AssignPreferencesAsync(NpgsqlConnection connection, long first, long last, int donors, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            WITH ranked AS (
                SELECT id, kind = 'Person' AND suspension_code_id IS NULL AS eligible,
                       row_number() OVER (PARTITION BY kind = 'Person' AND suspension_code_id IS NULL ORDER BY id) AS rn
                FROM contacts WHERE id BETWEEN @first AND @last),
            decided AS (
                SELECT id, eligible AND rn <= @donors AS due,
                       CASE WHEN eligible AND rn <= @donors THEN
                                CASE WHEN id % 10 = 0 THEN 'PerGift' WHEN id % 2 = 0 THEN 'ByEmail' ELSE 'Annual' END
                            WHEN eligible THEN CASE WHEN id % 2 = 0 THEN 'None' ELSE 'PerGift' END
                            ELSE 'Annual' END AS preference
                FROM ranked)
            UPDATE contacts c SET receipt_preference = d.preference
            FROM decided d WHERE c.id = d.id
            RETURNING c.id, d.due, d.preference
            """,
            connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("first", first);
        command.Parameters.AddWithValue("last", last);
        command.Parameters.AddWithValue("donors", donors);
        var roles = new List<Role>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            roles.Add(new Role(reader.GetInt64(0), reader.GetBoolean(1), Enum.Parse<ReceiptPreference>(reader.GetString(2))));
        }

        if (roles.Count(r => r.DueReceipt) < donors)
        {
            throw new InvalidOperationException($"Only {roles.Count(r => r.DueReceipt)} persons could be made donors, {donors} wanted.");
        }

        roles.Sort((a, b) => a.ContactId.CompareTo(b.ContactId));
        return roles;
    }

    private static IEnumerable<Gift> GiftsOf(Role role, int year, Random random)
    {
        var monthly = role.DueReceipt && role.Preference == ReceiptPreference.PerGift;
        if (monthly)
        {
            // A monthly card or direct-debit gift: twelve instalments, one of them refused by the bank.
            var amount = random.Next(1, 7) * 5m;
            var method = random.Next(2) == 0 ? "Card" : "DirectDebit";
            var day = random.Next(1, 29);
            var refused = random.Next(12);
            for (var month = 1; month <= 12; month++)
            {
                yield return new Gift(role.ContactId, amount, new DateOnly(year, month, day), method, "Recurring", month - 1 == refused ? "Unpaid" : "Collected");
            }

            yield break;
        }

        var count = role.DueReceipt ? random.Next(1, 13) : random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            yield return new Gift(role.ContactId, Amount(random), Day(random, year), Method(random), "Entry", "Collected");
        }

        // Some money that must not be receipted: refused, cancelled, refunded, still in a batch, or of another year.
        var roll = random.NextDouble();
        if (roll < 0.15)
        {
            var status = roll < 0.05 ? "Unpaid" : roll < 0.08 ? "Cancelled" : roll < 0.11 ? "Refunded" : "Pending";
            yield return new Gift(role.ContactId, Amount(random), Day(random, year), status == "Pending" ? "Cheque" : Method(random), "Entry", status);
        }
        else if (roll < 0.25)
        {
            yield return new Gift(role.ContactId, Amount(random), Day(random, year - 1), Method(random), "Entry", "Collected");
        }
    }

    private static decimal Amount(Random random) => random.Next(0, 10) switch
    {
        < 4 => random.Next(2, 11) * 5m,
        < 8 => random.Next(5, 31) * 5m,
        < 9 => random.Next(1, 50) * 10m + 0.5m,
        _ => random.Next(10, 200) * 10m,
    };

    private static DateOnly Day(Random random, int year) => new DateOnly(year, 1, 1).AddDays(random.Next(DateTime.IsLeapYear(year) ? 366 : 365));

    private static string Method(Random random) => random.Next(20) switch
    {
        < 8 => "Cheque",
        < 9 => "Cash",
        < 13 => "Transfer",
        < 17 => "Card",
        _ => "PayPal",
    };

    private async Task EnsureIssuerAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.OrganisationProfiles.AnyAsync(ct))
        {
            return;
        }

        db.OrganisationProfiles.Add(OrganisationProfile.NextRevision(
            null,
            new OrganisationIdentity(
                "Les Amis de la Forêt", "W751234567", "12 rue des Chênes", "75011", "Paris", "France",
                "Protection et replantation des forêts françaises, éducation à l'environnement", OrganisationCategory.GeneralInterestAssociation,
                null, true, false, "Claire Martin", "Présidente", null, null, "Crédit Coopératif", "Les Amis de la Forêt",
                "FR7630006000011234567890189", "AGRIFRPP", ReceiptsSkipSuspended: true),
            DateTimeOffset.UtcNow,
            "Système · banc d'essai des reçus"));
        await db.SaveChangesAsync(ct);
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (T)(await command.ExecuteScalarAsync(ct))!;
    }

    private sealed record Role(long ContactId, bool DueReceipt, ReceiptPreference Preference);

    private sealed record Gift(long ContactId, decimal Amount, DateOnly On, string Method, string Origin, string Status);
}
