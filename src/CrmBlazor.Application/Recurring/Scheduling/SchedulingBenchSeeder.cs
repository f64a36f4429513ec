using System.Diagnostics;
using CrmBlazor.Application.Demo;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.Application.Recurring.Scheduling;

public sealed record SchedulingBenchSeed(int Gifts, int DirectDebits, TimeSpan Elapsed);

/// <summary>
/// Seeds a base for the scheduling bench: demo contacts, the association with its SEPA creditor identifier, and one
/// active recurring gift per contact due this month — half of them SEPA direct debits (half of those under a mandate
/// never used, so FRST), a quarter by card, a quarter by PayPal — due on every day of the month.
/// </summary>
public sealed class SchedulingBenchSeeder(NpgsqlDataSource dataSource, DemoBaseLoader loader, IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<SchedulingBenchSeed> SeedAsync(int gifts, DateOnly today, int seed, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        var loaded = await loader.LoadAsync(new DemoLoadRequest(gifts, seed), null, ct)
            ?? throw new InvalidOperationException("The demo loader loaded nothing.");
        await EnsureCreditorAsync(ct);
        var (first, last) = DueDates.Month(today);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        var giftId = await DemoBaseSchema.ReserveAsync(connection, "recurring_gifts", "id", "recurring_gifts_hilo", gifts, ct);
        var mandateId = await DemoBaseSchema.ReserveAsync(connection, "sepa_mandates", "id", "sepa_mandates_hilo", gifts / 2, ct);
        await using (var command = new NpgsqlCommand(SeedSql, connection) { CommandTimeout = 0 })
        {
            command.Parameters.AddWithValue("first_contact", loaded.FirstContactId);
            command.Parameters.AddWithValue("gifts", gifts);
            command.Parameters.AddWithValue("gift_id", giftId);
            command.Parameters.AddWithValue("mandate_id", mandateId);
            command.Parameters.AddWithValue("month_first", first);
            command.Parameters.AddWithValue("month_days", last.Day);
            await command.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        await using (var analyze = new NpgsqlCommand("ANALYZE contacts, recurring_gifts, sepa_mandates, donations, instalments", connection))
        {
            analyze.CommandTimeout = 0;
            await analyze.ExecuteNonQueryAsync(ct);
        }

        return new SchedulingBenchSeed(gifts, gifts / 2, watch.Elapsed);
    }

    /// <summary>Contact n (from 0) gets gift n: SEPA for even n, then card and PayPal; due on day (n mod days) + 1.</summary>
    private const string SeedSql = """
        CREATE TEMP TABLE bench_gifts ON COMMIT DROP AS
        SELECT n, c.id AS contact_id, COALESCE(c.last_name, c.organisation_name, 'Donateur') AS name,
               CASE WHEN n % 2 = 0 THEN 'DirectDebit' WHEN n % 4 = 1 THEN 'Card' ELSE 'PayPal' END AS channel,
               ((n % 6) + 1) * 5.00 AS amount, ((n % @month_days) + 1)::int AS day
          FROM (SELECT id, last_name, organisation_name, row_number() OVER (ORDER BY id) - 1 AS n
                  FROM contacts WHERE id >= @first_contact ORDER BY id LIMIT @gifts) c;
        INSERT INTO sepa_mandates (id, contact_id, rum, signed_on, iban, debtor_name, status, last_collection_on)
        SELECT @mandate_id + n / 2, contact_id, 'BENCH-' || contact_id, @month_first - 400, 'FR7630006000011234567890189', left(name, 70), 'Active',
               CASE WHEN n % 4 = 0 THEN NULL ELSE @month_first - 30 + day - 1 END
          FROM bench_gifts WHERE channel = 'DirectDebit';
        INSERT INTO recurring_gifts (id, contact_id, channel, amount, periodicity, campaign_id, anchor_day, starts_on, next_due_on, provider_reference,
                                     card_expires_on, mandate_id, status)
        SELECT @gift_id + n, contact_id, channel, amount, 'Monthly', (SELECT id FROM campaigns ORDER BY is_generic DESC, id LIMIT 1), day,
               @month_first - 31 + day, @month_first + day - 1,
               CASE WHEN channel <> 'DirectDebit' THEN 'BENCH-SUB-' || contact_id END,
               CASE WHEN channel = 'Card' THEN (@month_first + interval '3 years')::date END,
               CASE WHEN channel = 'DirectDebit' THEN @mandate_id + n / 2 END, 'Active'
          FROM bench_gifts;
        """;

    private async Task EnsureCreditorAsync(CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var current = await db.OrganisationProfiles.OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);
        if (current?.SepaCreditorId is not null)
        {
            return;
        }

        db.OrganisationProfiles.Add(OrganisationProfile.NextRevision(
            current?.Revision,
            new OrganisationIdentity(
                "Les Amis de la Forêt", "W751234567", "12 rue des Chênes", "75011", "Paris", "France",
                "Protection et replantation des forêts françaises, éducation à l'environnement", OrganisationCategory.GeneralInterestAssociation,
                null, true, false, "Claire Martin", "Présidente", null, null, "Crédit Coopératif", "Les Amis de la Forêt",
                "FR7630006000011234567890189", "AGRIFRPP", ReceiptsSkipSuspended: true, SepaCreditorId: "FR72ZZZ123456"),
            DateTimeOffset.UtcNow,
            "Système · banc d'essai de l'échéancement"));
        await db.SaveChangesAsync(ct);
    }
}
