using Npgsql;

namespace CrmBlazor.Application.Contacts;

/// <summary>
/// The app-bar search: the 10 best contacts for what is typed so far. Cheap index probes come first
/// (member number, prefixes on « nom prénom » and « prénom nom », email, phone digits, postcode); the
/// typo-tolerant trigram search only fills what they leave, because its cost grows with the matches.
/// </summary>
public sealed class QuickSearchHandler(NpgsqlDataSource dataSource)
{
    public const int Limit = 10;

    /// <summary>How many typo candidates are ranked at most; measured at 1M contacts, it keeps the slowest search near 30 ms.</summary>
    public const int TypoCandidates = 1000;

    public async Task<IReadOnlyList<ContactSearchHit>> HandleAsync(string text, CancellationToken ct = default)
    {
        var search = SearchText.Parse(text);
        if (search.Kind == SearchKind.None)
        {
            return [];
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var ranked = new List<(long Id, string? MatchedOn)>();
        if (search.MemberNumber is { } number)
        {
            ranked.AddRange(await IdsAsync(connection, "SELECT id, NULL FROM contacts WHERE member_number = @v LIMIT 1", number, ct));
        }

        switch (search.Kind)
        {
            case SearchKind.Name:
                await AddNameMatchesAsync(connection, search.Text, ranked, ct);
                break;
            case SearchKind.Email:
                ranked.AddRange(await IdsAsync(connection,
                    $"SELECT contact_id, address FROM contact_emails WHERE address LIKE @v ORDER BY address USING ~<~ LIMIT {Limit}",
                    SearchText.PrefixPattern(search.Text), ct));
                break;
            case SearchKind.Phone:
                ranked.AddRange(await IdsAsync(connection,
                    $"SELECT contact_id, display FROM contact_phones WHERE search_digits LIKE @v ORDER BY search_digits USING ~<~ LIMIT {Limit}",
                    SearchText.PrefixPattern(Domain.Contacts.ValidPhoneNumber.SearchDigitsOf(search.Text)), ct));
                break;
            case SearchKind.PostalCode:
                // In index order, so a Paris postcode with 20,000 contacts stops at the tenth; Enter lists them by name.
                ranked.AddRange(await IdsAsync(connection,
                    $"SELECT contact_id, NULL FROM contact_addresses WHERE is_main AND postal_code LIKE @v ORDER BY postal_code USING ~<~ LIMIT {Limit}",
                    SearchText.PrefixPattern(search.Digits), ct));
                break;
        }

        return await ContactSearchHits.LoadAsync(connection, ranked.DistinctBy(r => r.Id).Take(Limit).ToList(), ct);
    }

    private static async Task AddNameMatchesAsync(NpgsqlConnection connection, string text, List<(long Id, string? MatchedOn)> ranked, CancellationToken ct)
    {
        var normalized = await NormalizeAsync(connection, text, ct);
        var pattern = SearchText.PrefixPattern(normalized);
        ranked.AddRange(await IdsAsync(connection,
            $"SELECT id, NULL FROM contacts WHERE search_name LIKE @v ORDER BY search_name USING ~<~ LIMIT {Limit}", pattern, ct));
        if (ranked.Count < Limit)
        {
            ranked.AddRange(await IdsAsync(connection,
                $"SELECT id, NULL FROM contacts WHERE search_name_first_last LIKE @v ORDER BY search_name_first_last USING ~<~ LIMIT {Limit}", pattern, ct));
        }

        if (ranked.DistinctBy(r => r.Id).Count() < Limit && normalized.Length >= 3)
        {
            // word_similarity (<%) finds « dupont » from « dupomt » and « lefèvre » from « fevre ». A short, common
            // stem (« martn ») matches a hundred thousand names: ranking only the first candidates bounds the cost,
            // and whole-name similarity then puts « martin jean » before « adam martine ».
            ranked.AddRange(await IdsAsync(connection,
                $"""
                SELECT id, NULL FROM (SELECT id, search_name FROM contacts WHERE @v <% search_name LIMIT {TypoCandidates}) c
                ORDER BY @v <<-> search_name, @v <-> search_name, search_name LIMIT {Limit}
                """, normalized, ct));
        }
    }

    /// <summary>
    /// How close a word must be for <c>&lt;%</c> to match: 0.5 lets one wrong letter through (« dupomt » is 0.57 from
    /// « dupont », under pg_trgm's default 0.6) without matching unrelated names.
    /// </summary>
    public const double WordSimilarityThreshold = 0.5;

    /// <summary>The text as the search columns store it; also sets this session's typo tolerance for the queries that follow.</summary>
    internal static async Task<string> NormalizeAsync(NpgsqlConnection connection, string text, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SET pg_trgm.word_similarity_threshold = {WordSimilarityThreshold}; SELECT f_unaccent(lower(@t))"),
            connection);
        command.Parameters.AddWithValue("t", text);
        return (string)(await command.ExecuteScalarAsync(ct))!;
    }

    private static async Task<List<(long, string?)>> IdsAsync(NpgsqlConnection connection, string sql, object value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("v", value);
        var ids = new List<(long, string?)>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }

        return ids;
    }
}
