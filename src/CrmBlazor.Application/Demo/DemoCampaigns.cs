using System.Globalization;
using CrmBlazor.Domain.Campaigns;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Demo;

/// <summary>The campaigns contacts come from and receive, oldest first; only those already started.</summary>
internal sealed class DemoCampaignSet(long[] ids, DateOnly[] starts, int genericIndex)
{
    public int Count => ids.Length;

    /// <summary>The generic campaign, or the oldest one when the base has none: the origin of contacts older than every campaign.</summary>
    public int GenericIndex { get; } = genericIndex;

    public long Id(int index) => ids[index];

    public DateOnly Start(int index) => starts[index];

    public int FirstStartingOnOrAfter(DateOnly day)
    {
        var index = Array.BinarySearch(starts, day);
        if (index < 0)
        {
            return ~index;
        }

        while (index > 0 && starts[index - 1] == day)
        {
            index--;
        }

        return index;
    }
}

/// <summary>Creates the demo campaigns and code lists when the base lacks them, and reads what the contacts will use.</summary>
internal static class DemoCampaigns
{
    /// <summary>A base with at least this many campaigns is a real one: its campaigns are used as they are.</summary>
    public const int CreateBelow = 100;

    public const int Months = 120;

    public const int PerTenYears = 1500;

    private static readonly CampaignChannel[] Channels =
        [CampaignChannel.Mail, CampaignChannel.Email, CampaignChannel.Phone, CampaignChannel.Web, CampaignChannel.Event];

    private static readonly DemoPicker ChannelPicker = DemoPicker.Weighted([40, 35, 10, 10, 5]);

    /// <summary>About <see cref="PerTenYears"/> campaigns over the last ten years, codes like « P2024-03-MAIL2 ».</summary>
    public static async Task<long> EnsureAsync(NpgsqlConnection connection, Random random, DateOnly today, CancellationToken ct)
    {
        if (await DemoBaseSchema.ScalarAsync<long>(connection, "SELECT count(*) FROM campaigns", ct) >= CreateBelow)
        {
            return 0;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        await using (var command = new NpgsqlCommand("SELECT code FROM campaigns", connection))
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                codes.Add(reader.GetString(0));
            }
        }

        var campaigns = Generate(random, today, codes);
        var id = await DemoBaseSchema.ReserveAsync(connection, "campaigns", "id", "campaigns_hilo", campaigns.Count, ct);
        await using var importer = await connection.BeginBinaryImportAsync(
            "COPY campaigns (id, code, name, channel, starts_on, ends_on, cost, recipient_count, is_generic, closed_on) FROM STDIN (FORMAT BINARY)",
            ct);
        foreach (var c in campaigns)
        {
            importer.StartRow();
            importer.Write(id++, NpgsqlDbType.Bigint);
            importer.Write(c.Code, NpgsqlDbType.Varchar);
            importer.Write(c.Name, NpgsqlDbType.Varchar);
            importer.Write(c.Channel.ToString(), NpgsqlDbType.Varchar);
            importer.Write(c.Starts, NpgsqlDbType.Date);
            importer.Write(c.Ends, NpgsqlDbType.Date);
            if (c.Cost is { } cost)
            {
                importer.Write(cost, NpgsqlDbType.Numeric);
            }
            else
            {
                importer.WriteNull();
            }

            if (c.Recipients is { } recipients)
            {
                importer.Write(recipients, NpgsqlDbType.Integer);
            }
            else
            {
                importer.WriteNull();
            }

            importer.Write(false, NpgsqlDbType.Boolean);
            DemoCopy.WriteDate(importer, c.ClosedOn);
        }

        return (long)await importer.CompleteAsync(ct);
    }

    public static async Task<DemoCampaignSet> ReadAsync(NpgsqlConnection connection, DateOnly today, CancellationToken ct)
    {
        var ids = new List<long>();
        var starts = new List<DateOnly>();
        var generic = -1;
        await using var command = new NpgsqlCommand(
            "SELECT id, starts_on, is_generic FROM campaigns WHERE starts_on <= @today ORDER BY starts_on, id", connection);
        command.Parameters.AddWithValue("today", today);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            generic = reader.GetBoolean(2) ? ids.Count : generic;
            ids.Add(reader.GetInt64(0));
            starts.Add(reader.GetFieldValue<DateOnly>(1));
        }

        if (ids.Count == 0)
        {
            throw new InvalidOperationException("Aucune campagne commencée : impossible de rattacher les contacts de démonstration à une origine.");
        }

        return new DemoCampaignSet([.. ids], [.. starts], Math.Max(generic, 0));
    }

    /// <summary>Adds the missing entries of a code list (by code) and returns every code's id.</summary>
    public static async Task<Dictionary<string, long>> EnsureCodesAsync(
        NpgsqlConnection connection, string table, (string Code, string Label)[] entries, CancellationToken ct)
    {
        await DemoBaseSchema.ExecuteAsync(
            connection,
            $"""
            INSERT INTO {table} (id, code, label, is_active)
            SELECT nextval('{table}_hilo'), e.code, e.label, true
            FROM unnest(@p0::text[], @p1::text[]) AS e(code, label)
            WHERE NOT EXISTS (SELECT 1 FROM {table} t WHERE t.code = e.code)
            """,
            ct,
            entries.Select(e => e.Code).ToArray(),
            entries.Select(e => e.Label).ToArray());
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand($"SELECT code, id FROM {table} WHERE code = ANY(@codes)", connection);
        command.Parameters.AddWithValue("codes", entries.Select(e => e.Code).ToArray());
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids[reader.GetString(0)] = reader.GetInt64(1);
        }

        return ids;
    }

    private static List<NewCampaign> Generate(Random random, DateOnly today, HashSet<string> codes)
    {
        var campaigns = new List<NewCampaign>(PerTenYears);
        var issue = 1;
        var firstMonth = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - Months);
        for (var m = 0; m < Months; m++)
        {
            var month = firstMonth.AddMonths(m);
            var lastDay = month.Year == today.Year && month.Month == today.Month ? today.Day : 28;
            var perMonth = (PerTenYears / Months) + (m % 2);
            for (var n = 0; n < perMonth; n++)
            {
                var channel = Channels[ChannelPicker.Next(random)];
                var code = UniqueCode($"P{month.Year}-{month.Month:D2}-{DemoTexts.CampaignCodeSuffix(channel)}", codes);
                var names = DemoTexts.CampaignNames(channel);
                var name = string.Format(
                    CultureInfo.InvariantCulture, names[random.Next(names.Length)], DemoTexts.MonthNames[month.Month - 1], month.Year, issue++);
                var starts = month.AddDays(random.Next(lastDay));
                var ends = starts.AddDays(random.Next(30, 121));
                var (cost, recipients) = CostOf(channel, random);
                DateOnly? closed = ends.AddYears(1) <= today ? ends.AddYears(1) : null;
                campaigns.Add(new NewCampaign(code, name, channel, starts, ends, cost, recipients, closed));
            }
        }

        // Ids in date order, as the app's own campaigns get them, and what keeps the reception rows in index order.
        return [.. campaigns.OrderBy(c => c.Starts)];
    }

    private static string UniqueCode(string stem, HashSet<string> codes)
    {
        var code = stem;
        for (var n = 2; !codes.Add(code); n++)
        {
            code = string.Create(CultureInfo.InvariantCulture, $"{stem}{n}");
        }

        return code;
    }

    private static (decimal? Cost, int? Recipients) CostOf(CampaignChannel channel, Random random)
    {
        var (recipients, unitCost) = channel switch
        {
            CampaignChannel.Mail => (random.Next(5_000, 150_001), 0.6m + (random.Next(61) / 100m)),
            CampaignChannel.Email => (random.Next(20_000, 300_001), 0.002m),
            CampaignChannel.Phone => (random.Next(500, 5_001), 3.2m),
            CampaignChannel.Web => (0, 0m),
            _ => (random.Next(100, 2_001), 12m),
        };
        return channel == CampaignChannel.Web
            ? (random.Next(200, 5_001), null)
            : (decimal.Round(recipients * unitCost, 2), recipients);
    }

    private sealed record NewCampaign(
        string Code, string Name, CampaignChannel Channel, DateOnly Starts, DateOnly Ends, decimal? Cost, int? Recipients, DateOnly? ClosedOn);
}
