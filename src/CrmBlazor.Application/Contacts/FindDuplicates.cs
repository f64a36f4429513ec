using Npgsql;

namespace CrmBlazor.Application.Contacts;

/// <summary>What a new contact would share with an existing one: an email, or a similar name in the same postcode.</summary>
public sealed record FindDuplicatesQuery(string? Name, string? PostalCode, string? Email)
{
    public static FindDuplicatesQuery For(CreateContactCommand c) =>
        new(c.Kind == Domain.Contacts.ContactKind.Person ? $"{c.LastName} {c.FirstName}".Trim() : c.OrganisationName,
            c.Address?.PostalCode, c.Email);
}

public sealed class FindDuplicatesHandler(NpgsqlDataSource dataSource)
{
    /// <summary>pg_trgm similarity from which « Lefevre Marie » and « Lefèvre Marie-Anne » count as the same name.</summary>
    public const double NameSimilarity = 0.5;

    public async Task<IReadOnlyList<ContactSearchHit>> HandleAsync(FindDuplicatesQuery query, CancellationToken ct = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        var ranked = new List<(long, string?)>();
        if (!string.IsNullOrWhiteSpace(query.Email))
        {
            await using var byEmail = new NpgsqlCommand("SELECT contact_id, address FROM contact_emails WHERE address = @email LIMIT 10", connection);
            byEmail.Parameters.AddWithValue("email", Domain.Contacts.ContactEmail.Normalize(query.Email));
            await ReadAsync(byEmail, ranked, ct);
        }

        if (!string.IsNullOrWhiteSpace(query.Name) && !string.IsNullOrWhiteSpace(query.PostalCode))
        {
            await using var byName = new NpgsqlCommand(
                """
                SELECT c.id, NULL FROM contact_addresses a JOIN contacts c ON c.id = a.contact_id
                WHERE a.is_main AND a.postal_code = @postcode AND similarity(c.search_name, f_unaccent(lower(@name))) >= @threshold
                ORDER BY similarity(c.search_name, f_unaccent(lower(@name))) DESC LIMIT 10
                """, connection);
            byName.Parameters.AddWithValue("postcode", query.PostalCode.Trim());
            byName.Parameters.AddWithValue("name", query.Name.Trim());
            byName.Parameters.AddWithValue("threshold", (float)NameSimilarity);
            await ReadAsync(byName, ranked, ct);
        }

        return await ContactSearchHits.LoadAsync(connection, ranked, ct);
    }

    private static async Task ReadAsync(NpgsqlCommand command, List<(long, string?)> into, CancellationToken ct)
    {
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            into.Add((reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1)));
        }
    }
}
