using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Application.Contacts;

/// <summary>One contact in search results: enough to recognise the right person on the phone.</summary>
public sealed record ContactSearchHit(
    long Id,
    long MemberNumber,
    string DisplayName,
    string? PostalCode,
    string? City,
    string? MatchedOn,
    bool IsSuspended,
    bool IsDeceased)
{
    /// <summary>Holds a new, current or grace membership (adhérent).</summary>
    public bool IsMember { get; init; }

    /// <summary>The latest end date of its member memberships; null for a lifetime member or a non-member.</summary>
    public DateOnly? MemberUntil { get; init; }

    /// <summary>Not a member now, but had a membership that expired (ancien adhérent).</summary>
    public bool WasMember { get; init; }
}

/// <summary>Which contacts a list shows as to membership.</summary>
public enum MemberFilter
{
    All,
    Members,
    NonMembers,
}

internal static class ContactSearchHits
{
    /// <summary>Loads the rows of the given contacts and returns them in the order of <paramref name="ranked"/>.</summary>
    public static async Task<IReadOnlyList<ContactSearchHit>> LoadAsync(
        Npgsql.NpgsqlConnection connection, IReadOnlyList<(long Id, string? MatchedOn)> ranked, CancellationToken ct)
    {
        if (ranked.Count == 0)
        {
            return [];
        }

        await using var command = new Npgsql.NpgsqlCommand(
            """
            SELECT c.id, c.member_number, c.kind, c.civility, c.first_name, c.last_name, c.organisation_name,
                   c.suspension_code_id IS NOT NULL, c.deceased_on IS NOT NULL, a.postal_code, a.city,
                   ms.is_member, ms.member_until, ms.was_member
            FROM contacts c
            LEFT JOIN contact_addresses a ON a.contact_id = c.id AND a.is_main
            LEFT JOIN LATERAL (
                SELECT COALESCE(bool_or(m.status IN ('New', 'Current', 'Grace')), false) AS is_member,
                       CASE WHEN bool_or(m.status IN ('New', 'Current', 'Grace') AND m.ends_on IS NULL) THEN NULL
                            ELSE max(m.ends_on) FILTER (WHERE m.status IN ('New', 'Current', 'Grace')) END AS member_until,
                       COALESCE(bool_or(m.status = 'Expired'), false) AS was_member
                FROM memberships m WHERE m.contact_id = c.id) ms ON true
            WHERE c.id = ANY(@ids)
            """, connection);
        command.Parameters.AddWithValue("ids", ranked.Select(r => r.Id).Distinct().ToArray());
        var rows = new Dictionary<long, ContactSearchHit>();
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var kind = Enum.Parse<ContactKind>(reader.GetString(2));
                Civility? civility = reader.IsDBNull(3) ? null : Enum.Parse<Civility>(reader.GetString(3));
                var name = ContactNames.Display(kind, civility, Text(reader, 4), Text(reader, 5), Text(reader, 6));
                rows[reader.GetInt64(0)] = new ContactSearchHit(
                    reader.GetInt64(0), reader.GetInt64(1), name, Text(reader, 9), Text(reader, 10), null, reader.GetBoolean(7), reader.GetBoolean(8))
                {
                    IsMember = reader.GetBoolean(11),
                    MemberUntil = reader.IsDBNull(12) ? null : reader.GetFieldValue<DateOnly>(12),
                    WasMember = !reader.GetBoolean(11) && reader.GetBoolean(13),
                };
            }
        }

        return ranked
            .DistinctBy(r => r.Id)
            .Where(r => rows.ContainsKey(r.Id))
            .Select(r => rows[r.Id] with { MatchedOn = r.MatchedOn })
            .ToList();
    }

    private static string? Text(System.Data.Common.DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
