using CrmBlazor.Application.Common;
using Npgsql;

namespace CrmBlazor.Application.Contacts;

/// <summary>The full, server-paged result list behind Enter in the search box, ranked like the quick search.</summary>
public sealed class SearchContactsHandler(NpgsqlDataSource dataSource)
{
    /// <summary>Counting every match of a very common name costs more than it tells; past this the page says « plus de ».</summary>
    public const int CountCap = 1000;

    /// <summary>Members hold a new, current or grace membership; the filter applies to every kind of match.</summary>
    private const string MemberCondition = "EXISTS (SELECT 1 FROM memberships ms WHERE ms.contact_id = m.id AND ms.status IN ('New', 'Current', 'Grace'))";

    public async Task<PagedResult<ContactSearchHit>> HandleAsync(string text, PageRequest page, CancellationToken ct = default) =>
        await HandleAsync(text, page, MemberFilter.All, ct);

    public async Task<PagedResult<ContactSearchHit>> HandleAsync(string text, PageRequest page, MemberFilter filter, CancellationToken ct = default)
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

        var membership = filter switch
        {
            MemberFilter.Members => $" AND {MemberCondition}",
            MemberFilter.NonMembers => $" AND NOT {MemberCondition}",
            _ => "",
        };
        long? member = null;
        if (search.MemberNumber is { } number && filter == MemberFilter.All)
        {
            await using var byNumber = new NpgsqlCommand("SELECT id FROM contacts WHERE member_number = @n", connection);
            byNumber.Parameters.AddWithValue("n", number);
            member = await byNumber.ExecuteScalarAsync(ct) as long?;
        }

        // The member whose number was typed leads the first page; the matches follow, shifted by one row.
        var excluded = member ?? 0;
        var total = await ScalarAsync(connection, $"SELECT count(*) FROM (SELECT 1 FROM ({matches}) m WHERE id <> @excluded{membership} LIMIT {CountCap + 1}) c", value, excluded, ct)
            + (member is null ? 0 : 1);
        var ranked = new List<(long, string?)>();
        var skip = page.Skip;
        var take = page.Take;
        if (member is { } memberId)
        {
            if (skip == 0)
            {
                ranked.Add((memberId, null));
                take--;
            }
            else
            {
                skip--;
            }
        }

        await using (var command = new NpgsqlCommand($"SELECT id, matched FROM ({matches}) m WHERE id <> @excluded{membership} ORDER BY rank, sort_key, id OFFSET @skip LIMIT @take", connection))
        {
            command.Parameters.AddWithValue("v", value);
            command.Parameters.AddWithValue("excluded", excluded);
            command.Parameters.AddWithValue("skip", skip);
            command.Parameters.AddWithValue("take", take);
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

    // One row per contact, however many of its emails or phones match.
    private const string EmailMatches =
        "SELECT contact_id AS id, min(address) AS matched, 0 AS rank, min(address) AS sort_key FROM contact_emails WHERE address LIKE @v GROUP BY contact_id";

    private const string PhoneMatches =
        "SELECT contact_id AS id, min(display) AS matched, 0 AS rank, min(search_digits) AS sort_key FROM contact_phones WHERE search_digits LIKE @v GROUP BY contact_id";

    private const string PostalCodeMatches =
        """
        SELECT a.contact_id AS id, NULL::text AS matched, 0 AS rank, a.postal_code || ' ' || c.search_name AS sort_key
        FROM contact_addresses a JOIN contacts c ON c.id = a.contact_id
        WHERE a.is_main AND a.postal_code LIKE @v
        """;

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, string sql, object value, long excluded, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("v", value);
        command.Parameters.AddWithValue("excluded", excluded);
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }
}
