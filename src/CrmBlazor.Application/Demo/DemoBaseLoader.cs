using System.Diagnostics;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrmBlazor.Application.Demo;

/// <summary>
/// Adds realistic French contacts — with addresses, phones, e-mails, codes, scores and campaign receptions — by
/// binary COPY, in one transaction: a failed or cancelled load leaves nothing behind but gaps in the sequences.
/// Large loads drop the secondary indexes and foreign keys first and rebuild them at the end, since keeping trigram
/// indexes up to date row by row makes COPY about 17 times slower; recreating them checks every row again.
/// </summary>
public sealed partial class DemoBaseLoader(NpgsqlDataSource dataSource, JournalWriter journal, TimeProvider clock, ILogger<DemoBaseLoader> logger)
{
    /// <summary>From this many contacts, rebuilding the indexes once beats maintaining them row by row.</summary>
    public const int IndexDropThreshold = 50_000;

    public const int MaxContacts = 10_000_000;

    public const string JournalDetailPrefix = "Chargement de démonstration : ";

    public static readonly IReadOnlyList<string> LoadedTables =
        ["contacts", "contact_addresses", "contact_phones", "contact_emails", "contact_marketing_codes", "contact_scores", "campaign_receptions"];

    /// <summary>Serialises loads: two app nodes seeding one empty base at start-up must not both load it.</summary>
    private const long LockKey = 0x4352_4D44_454D_4F;

    public async Task<DemoLoadResult?> LoadAsync(DemoLoadRequest request, IProgress<DemoLoadProgress>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.Contacts, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(request.Contacts, MaxContacts);
        var watch = Stopwatch.StartNew();
        var today = ParisTime.Today(clock);
        var count = request.Contacts;

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        await DemoBaseSchema.ExecuteAsync(connection, "SELECT pg_advisory_xact_lock(@p0)", ct, LockKey);
        var baseIsEmpty = !await DemoBaseSchema.ScalarAsync<bool>(connection, "SELECT EXISTS (SELECT 1 FROM contacts)", ct);
        if (request.OnlyIntoEmptyBase && !baseIsEmpty)
        {
            return null;
        }

        // Index builds sort millions of keys: in memory they take seconds, spilled to disk minutes.
        await DemoBaseSchema.ExecuteAsync(connection, "SET LOCAL maintenance_work_mem = '1GB'", ct);
        var rows = new List<DemoTableCount>
        {
            new("campaigns", await DemoCampaigns.EnsureAsync(connection, new Random(request.Seed), today, ct)),
        };
        var suspensionCodes = await DemoCampaigns.EnsureCodesAsync(connection, "suspension_codes", DemoTexts.SuspensionCodes, ct);
        var marketingCodes = await DemoCampaigns.EnsureCodesAsync(connection, "marketing_codes", DemoTexts.MarketingCodes, ct);
        var scoreTypes = await DemoCampaigns.EnsureCodesAsync(connection, "score_types", DemoTexts.ScoreTypes, ct);
        var campaigns = await DemoCampaigns.ReadAsync(connection, today, ct);

        var context = new DemoContext(
            request.Seed,
            today,
            campaigns,
            suspensionCodes,
            [.. DemoTexts.MarketingCodes.Select(c => marketingCodes[c.Code])],
            [.. DemoTexts.ScoreTypes.Select(s => scoreTypes[s.Code])],
            await DemoBaseSchema.ReserveAsync(connection, "contacts", "id", "contacts_hilo", count, ct),
            await DemoBaseSchema.ReserveAsync(connection, "contacts", "member_number", "contact_member_numbers", count, ct));
        var plans = DemoBaseGenerator.Plan(context, count, withShowcase: baseIsEmpty);
        progress?.Report(new DemoLoadProgress("plan", count));
        var addressId = await DemoBaseSchema.ReserveAsync(connection, "contact_addresses", "id", "contact_addresses_hilo", DemoAddressRows.Count(plans), ct);
        var phoneId = await DemoBaseSchema.ReserveAsync(connection, "contact_phones", "id", "contact_phones_hilo", DemoPhoneRows.Count(plans), ct);
        var emailId = await DemoBaseSchema.ReserveAsync(connection, "contact_emails", "id", "contact_emails_hilo", DemoEmailRows.Count(plans), ct);
        var receptionId = await DemoBaseSchema.ReserveAsync(
            connection, "campaign_receptions", "id", "campaign_receptions_hilo", DemoActivityRows.ReceptionCount(plans), ct);

        var dropped = count >= IndexDropThreshold ? await DemoBaseSchema.DropAsync(connection, LoadedTables, ct) : DemoDroppedSchema.None;
        progress?.Report(new DemoLoadProgress("drop-indexes", dropped.Count));

        rows.Add(await CopyAsync(connection, "contacts", DemoContactRows.Columns, (i, c) => DemoContactRows.Write(i, context, plans, c), progress, ct));
        rows.Add(await CopyAsync(
            connection, "contact_addresses", DemoAddressRows.Columns, (i, c) => DemoAddressRows.Write(i, context, plans, addressId, c), progress, ct));
        rows.Add(await CopyAsync(
            connection, "contact_phones", DemoPhoneRows.Columns, (i, c) => DemoPhoneRows.Write(i, context, plans, phoneId, c), progress, ct));
        rows.Add(await CopyAsync(
            connection, "contact_emails", DemoEmailRows.Columns, (i, c) => DemoEmailRows.Write(i, context, plans, emailId, c), progress, ct));
        rows.Add(await CopyAsync(
            connection, "contact_marketing_codes", DemoActivityRows.MarketingCodeColumns, (i, c) => DemoActivityRows.WriteMarketingCodes(i, context, plans, c), progress, ct));
        rows.Add(await CopyAsync(
            connection, "contact_scores", DemoActivityRows.ScoreColumns, (i, c) => DemoActivityRows.WriteScores(i, context, plans, c), progress, ct));
        rows.Add(await CopyAsync(
            connection,
            "campaign_receptions",
            DemoActivityRows.ReceptionColumns,
            (i, c) => DemoActivityRows.WriteReceptions(i, context, plans, receptionId, c),
            progress,
            ct));

        await DemoBaseSchema.RestoreAsync(
            connection, dropped, new DemoProgressCounter("indexes", progress, ct), new DemoProgressCounter("foreign-keys", progress, ct), ct);
        await transaction.CommitAsync(ct);

        // Once committed the load happened: the journal says so even if the caller gives up on the statistics.
        var detail = $"{JournalDetailPrefix}{DemoAscii.Count(count)} contacts (graine {request.Seed})";
        await journal.RecordAsync(Actor.System("chargement de démonstration"), JournalAction.Created, "contacts", null, detail, CancellationToken.None);
        await DemoBaseSchema.ExecuteAsync(connection, $"ANALYZE {string.Join(", ", LoadedTables)}, campaigns", ct);
        progress?.Report(new DemoLoadProgress("analyze", LoadedTables.Count + 1));

        var result = new DemoLoadResult(rows, watch.Elapsed, dropped.Count > 0, context.FirstContactId, context.FirstContactId + count - 1);
        LogLoaded(logger, count, result.Rows.Sum(r => r.Rows), watch.Elapsed.TotalSeconds);
        return result;
    }

    private static async Task<DemoTableCount> CopyAsync(
        NpgsqlConnection connection,
        string table,
        string columns,
        Action<NpgsqlBinaryImporter, DemoProgressCounter> writeRows,
        IProgress<DemoLoadProgress>? progress,
        CancellationToken ct)
    {
        var counter = new DemoProgressCounter(table, progress, ct);
        var rows = await DemoCopy.CopyAsync(connection, table, columns, counter, importer => writeRows(importer, counter), ct);
        return new DemoTableCount(table, rows);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo base: {Contacts} contacts loaded ({Rows} rows) in {Seconds:0.0} s")]
    private static partial void LogLoaded(ILogger logger, int contacts, long rows, double seconds);
}
