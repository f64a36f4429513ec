using CrmBlazor.Application.Common;
using Npgsql;

namespace CrmBlazor.Application.Contacts;

/// <summary>The full, server-paged result list behind Enter in the search box, ranked like the quick search.</summary>
public sealed class SearchContactsHandler(NpgsqlDataSource dataSource)
{
    /// <summary>Counting every match of a very common name costs more than it tells; past this the page says « plus de ».</summary>
    public const int CountCap = 1000;

    public async Task<PagedResult<ContactSearchHit>> HandleAsync(string text, PageRequest page, CancellationToken ct = default)
    {
        var search = SearchText.Parse(text);
        if (search.Kind == SearchKind.None)
        {
            return new PagedResult<ContactSearchHit>([], 0);
        }

        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var (matches, value) = search.Kind switch
        {
            SearchKind.Name => (NameMatches, (object)await QuickSearchHandler.NormalizeAsync(connection, search.Text, ct)),
            SearchKind.Email => (EmailMatches, SearchText.PrefixPattern(search.Text)),
            SearchKind.Phone => (PhoneMatches, SearchText.PrefixPattern(Domain.Contacts.ValidPhoneNumber.SearchDigitsOf(search.Text))),
            _ => (PostalCodeMatches, SearchText.PrefixPattern(search.Digits)),
        };

        var total = await ScalarAsync(connection, $"SELECT count(*) FROM (SELECT 1 FROM ({matches}) m LIMIT {CountCap + 1}) c", value, ct);
        var ranked = new List<(long, string?)>();
        if (search.MemberNumber is { } number && page.Page == 0)
        {
            await using var byNumber = new NpgsqlCommand("SELECT id FROM contacts WHERE member_number = @n", connection);
            byNumber.Parameters.AddWithValue("n", number);
            if (await byNumber.ExecuteScalarAsync(ct) is long id)
            {
                ranked.Add((id, null));
                total++;
            }
        }

        await using (var command = new NpgsqlCommand($"SELECT id, matched FROM ({matches}) m ORDER BY rank, sort_key OFFSET @skip LIMIT @take", connection))
        {
            command.Parameters.AddWithValue("v", value);
            command.Parameters.AddWithValue("skip", page.Skip);
            command.Parameters.AddWithValue("take", page.Take);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                ranked.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
            }
        }

        var hits = await ContactSearchHits.LoadAsync(connection, ranked, ct);
        return new PagedResult<ContactSearchHit>(hits, (int)total);
    }

    private const string NameMatches =
        """
        SELECT id, NULL::text AS matched,
               CASE WHEN search_name LIKE replace(replace(@v, '%', '\%'), '_', '\_') || '%'
                      OR search_name_first_last LIKE replace(replace(@v, '%', '\%'), '_', '\_') || '%' THEN 0::real
                    ELSE @v <<-> search_name END AS rank,
               search_name AS sort_key
        FROM contacts
        WHERE search_name LIKE replace(replace(@v, '%', '\%'), '_', '\_') || '%'
           OR search_name_first_last LIKE replace(replace(@v, '%', '\%'), '_', '\_') || '%'
           OR @v <% search_name
        """;

    private const string EmailMatches =
        "SELECT contact_id AS id, address AS matched, 0 AS rank, address AS sort_key FROM contact_emails WHERE address LIKE @v";

    private const string PhoneMatches =
        "SELECT contact_id AS id, display AS matched, 0 AS rank, search_digits AS sort_key FROM contact_phones WHERE search_digits LIKE @v";

    private const string PostalCodeMatches =
        """
        SELECT a.contact_id AS id, NULL::text AS matched, 0 AS rank, a.postal_code || ' ' || c.search_name AS sort_key
        FROM contact_addresses a JOIN contacts c ON c.id = a.contact_id
        WHERE a.is_main AND a.postal_code LIKE @v
        """;

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, object value, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("v", value);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
