using System.Diagnostics;
using System.Globalization;
using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Npgsql;

namespace CrmBlazor.Web.Cli;

/// <summary>
/// <c>bench-contact-record --samples 200</c>: server time of the real handlers behind the quick search and the contact
/// record, in-process, on the base as it is. Queries and contacts are drawn from the base with a fixed seed, so two
/// runs on one base measure the same work. Metric lines (« name: value ») go to standard output, details to error.
/// </summary>
internal static class BenchContactRecordCommand
{
    public const string Name = "bench-contact-record";

    private const int WarmUpCalls = 20;
    private const int Seed = 4242;
    private const int HeavyReceptions = 1000;

    /// <summary>The mix of what operators type, in parts of 200.</summary>
    private static readonly (string Kind, int Parts)[] QueryMix =
    [
        ("last-name", 30), ("prefix", 25), ("first-last", 25), ("middle", 15), ("typo", 20), ("unaccented", 15),
        ("email", 20), ("phone", 20), ("postcode", 15), ("member-number", 15),
    ];

    public static async Task<int> RunAsync(IServiceProvider services, string[] args)
    {
        var samples = CommandLine.IntOption(args, "--samples", 200, 10, 100_000);
        if (samples is null)
        {
            await Console.Error.WriteLineAsync($"Usage: {Name} [--samples <nombre, 10 à 100000>]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        sp.GetRequiredService<ActorContext>().Current = Actor.System("banc d'essai");
        var random = new Random(Seed);
        var rows = await SampleAsync(sp.GetRequiredService<NpgsqlDataSource>(), random);
        if (rows.Count == 0)
        {
            await Console.Error.WriteLineAsync("La base ne contient aucun contact : chargez-en d'abord (demo-load).");
            return 1;
        }

        var heavy = await HeavyContactsAsync(sp.GetRequiredService<NpgsqlDataSource>());
        var queries = Queries(rows.Where(r => r.LastName is not null).DefaultIfEmpty(rows[0]).ToList(), random, samples.Value);
        var heavyCount = heavy.Count == 0 ? 0 : (int)Math.Round(samples.Value * 0.1);
        var contacts = Enumerable.Range(0, samples.Value)
            .Select(i => i < heavyCount ? heavy[random.Next(heavy.Count)] : rows[random.Next(rows.Count)].Id)
            .OrderBy(_ => random.Next()).ToList();

        var search = sp.GetRequiredService<QuickSearchHandler>();
        var header = sp.GetRequiredService<ContactHeaderHandler>();
        var counts = sp.GetRequiredService<ContactTabCountsHandler>();
        var member = sp.GetRequiredService<ContactMemberTabHandler>();
        var campaigns = sp.GetRequiredService<ContactCampaignsTabHandler>();
        var page = new PageRequest(0, 25);
        for (var i = 0; i < WarmUpCalls; i++)
        {
            await search.HandleAsync(queries[i % queries.Count].Text);
            var id = contacts[i % contacts.Count];
            await header.HandleAsync(id);
            await counts.HandleAsync(id);
            await member.HandleAsync(id);
            await campaigns.HandleAsync(id, page);
        }

        var searchTimes = new List<(string Kind, double Ms)>();
        foreach (var (kind, text) in queries)
        {
            var watch = Stopwatch.StartNew();
            await search.HandleAsync(text);
            searchTimes.Add((kind, watch.Elapsed.TotalMilliseconds));
        }

        var recordTimes = new List<double>();
        var campaignTimes = new List<double>();
        foreach (var id in contacts)
        {
            var watch = Stopwatch.StartNew();
            await header.HandleAsync(id);
            await counts.HandleAsync(id);
            await member.HandleAsync(id);
            recordTimes.Add(watch.Elapsed.TotalMilliseconds);
            watch.Restart();
            await campaigns.HandleAsync(id, page);
            campaignTimes.Add(watch.Elapsed.TotalMilliseconds);
        }

        foreach (var group in searchTimes.GroupBy(t => t.Kind))
        {
            var times = group.Select(t => t.Ms).ToList();
            await Console.Error.WriteLineAsync($"[{Name}] search {group.Key}: p50 {Format(Percentile(times, 50))} ms, p95 {Format(Percentile(times, 95))} ms");
        }

        var all = searchTimes.Select(t => t.Ms).ToList();
        Metric("search_p50_ms", Format(Percentile(all, 50)));
        Metric("search_p95_ms", Format(Percentile(all, 95)));
        Metric("record_load_p50_ms", Format(Percentile(recordTimes, 50)));
        Metric("record_load_p95_ms", Format(Percentile(recordTimes, 95)));
        Metric("campaigns_tab_p95_ms", Format(Percentile(campaignTimes, 95)));
        Metric("search_queries", queries.Count.ToString(CultureInfo.InvariantCulture));
        Metric("record_samples", contacts.Count.ToString(CultureInfo.InvariantCulture));
        Metric("heavy_record_samples", heavyCount.ToString(CultureInfo.InvariantCulture));
        return 0;
    }

    private sealed record SampledContact(long Id, long MemberNumber, string? FirstName, string? LastName, string? Email, string? Phone, string? PostalCode);

    /// <summary>About 4,000 contacts with their first e-mail, French phone and main French postcode; repeatable for one base.</summary>
    private static async Task<List<SampledContact>> SampleAsync(NpgsqlDataSource dataSource, Random random)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var total = new NpgsqlCommand("SELECT count(*) FROM contacts", connection);
        var count = (long)(await total.ExecuteScalarAsync())!;
        await using var command = new NpgsqlCommand(
            """
            SELECT c.id, c.member_number, c.first_name, c.last_name,
                   (SELECT e.address FROM contact_emails e WHERE e.contact_id = c.id ORDER BY e.id LIMIT 1),
                   (SELECT p.display FROM contact_phones p WHERE p.contact_id = c.id AND p.e164 LIKE '+33%' ORDER BY p.id LIMIT 1),
                   (SELECT a.postal_code FROM contact_addresses a WHERE a.contact_id = c.id AND a.is_main AND a.country = 'FR')
            FROM contacts c TABLESAMPLE BERNOULLI (@percent) REPEATABLE (@seed)
            ORDER BY c.id
            """,
            connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("percent", Math.Min(100.0, 4000.0 * 100 / Math.Max(1, count)));
        command.Parameters.AddWithValue("seed", (double)Seed);
        var rows = new List<SampledContact>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            rows.Add(new SampledContact(
                reader.GetInt64(0), reader.GetInt64(1), Text(reader, 2), Text(reader, 3), Text(reader, 4), Text(reader, 5), Text(reader, 6)));
        }

        return [.. rows.OrderBy(_ => random.Next())];
    }

    private static async Task<List<long>> HeavyContactsAsync(NpgsqlDataSource dataSource)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await using var command = new NpgsqlCommand(
            "SELECT contact_id FROM campaign_receptions GROUP BY contact_id HAVING count(*) >= @n ORDER BY contact_id", connection) { CommandTimeout = 0 };
        command.Parameters.AddWithValue("n", (long)HeavyReceptions);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static List<(string Kind, string Text)> Queries(List<SampledContact> people, Random random, int samples)
    {
        var queries = new List<(string, string)>(samples);
        var accented = people.Where(p => Unaccent(p.LastName!) != p.LastName).DefaultIfEmpty(people[0]).ToList();
        var longNames = people.Where(p => p.LastName!.Length >= 6 && p.LastName.All(char.IsLetter)).DefaultIfEmpty(people[0]).ToList();
        var next = 0;
        foreach (var (kind, parts) in QueryMix)
        {
            var wanted = kind == QueryMix[^1].Kind ? samples - queries.Count : (int)Math.Round(samples * parts / 200.0);
            for (var n = 0; n < wanted; n++, next++)
            {
                var p = people[next % people.Count];
                var last = p.LastName!.ToLowerInvariant();
                var text = kind switch
                {
                    "last-name" => last,
                    "prefix" => last[..Math.Min(last.Length, 4 + random.Next(2))],
                    "first-last" => $"{p.FirstName} {p.LastName}".Trim().ToLowerInvariant(),
                    "middle" => Middle(longNames[next % longNames.Count].LastName!.ToLowerInvariant(), random),
                    "typo" => Typo(Unaccent(longNames[next % longNames.Count].LastName!.ToLowerInvariant()), random),
                    "unaccented" => Unaccent(accented[next % accented.Count].LastName!.ToLowerInvariant()),
                    "email" => p.Email is { } email ? email[..(email.IndexOf('@', StringComparison.Ordinal) + 1)] : last,
                    "phone" => p.Phone ?? last,
                    "postcode" => p.PostalCode ?? last,
                    _ => p.MemberNumber.ToString(CultureInfo.InvariantCulture),
                };
                queries.Add((kind, text));
            }
        }

        return [.. queries.OrderBy(_ => random.Next())];
    }

    private static string Middle(string name, Random random) => name.Substring(1 + random.Next(2), Math.Min(4, name.Length - 3));

    /// <summary>« dupont » → « dupomt » or « duopnt »: one letter replaced, or two neighbours swapped.</summary>
    private static string Typo(string name, Random random)
    {
        var letters = name.ToCharArray();
        var at = 1 + random.Next(letters.Length - 2);
        if (random.Next(2) == 0)
        {
            (letters[at], letters[at + 1]) = (letters[at + 1], letters[at]);
        }
        else
        {
            letters[at] = letters[at] == 'n' ? 'm' : (char)('a' + ((letters[at] - 'a' + 1) % 26));
        }

        return new string(letters);
    }

    private static string Unaccent(string text) =>
        new(text.Normalize(NormalizationForm.FormD).Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    /// <summary>Linear interpolation between the closest ranks, as numpy and most dashboards compute it.</summary>
    internal static double Percentile(List<double> values, double percent)
    {
        var sorted = values.Order().ToList();
        var rank = percent / 100 * (sorted.Count - 1);
        var low = (int)Math.Floor(rank);
        var high = Math.Min(low + 1, sorted.Count - 1);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }

    private static string Format(double ms) => ms.ToString("0.0", CultureInfo.InvariantCulture);

    private static void Metric(string name, string value) => Console.WriteLine($"{name}: {value}");
}
