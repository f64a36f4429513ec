using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;
using Npgsql;

namespace CrmBlazor.Application.Receipts;

/// <summary>A donor of a chunk as the run reads them now: name, main address, preference and newest usable email.</summary>
internal sealed record ChunkDonor(ReceiptDonorSource Source, ReceiptPreference Preference, string? Email);

/// <summary>Reads one chunk's donors and their receiptable gifts, two statements for the whole chunk.</summary>
internal static class ReceiptChunkReader
{
    /// <summary>In the order of <paramref name="contactIds"/> (the plan's: postcode, name), which is the numbering order.</summary>
    public static async Task<List<ChunkDonor>> DonorsAsync(NpgsqlConnection connection, long[] contactIds, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT c.id, c.kind, c.civility, c.first_name, c.last_name, c.organisation_name, c.receipt_preference,
                   a.delivery, a.building, a.street, a.locality, a.postal_code, a.city, a.country,
                   (SELECT e.address FROM contact_emails e
                     WHERE e.contact_id = c.id AND e.status = 'Valid'
                     ORDER BY e.entered_on DESC, e.id DESC LIMIT 1)
            FROM unnest(@ids) WITH ORDINALITY AS u(id, ord)
            JOIN contacts c ON c.id = u.id
            LEFT JOIN contact_addresses a ON a.contact_id = c.id AND a.is_main
            ORDER BY u.ord
            """,
            connection);
        command.Parameters.AddWithValue("ids", contactIds);
        var donors = new List<ChunkDonor>(contactIds.Length);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var address = reader.IsDBNull(11)
                ? null
                : new PostalAddress(Text(reader, 7), Text(reader, 8), Text(reader, 9), Text(reader, 10), reader.GetString(11), reader.GetString(12), reader.GetString(13));
            var source = new ReceiptDonorSource(
                reader.GetInt64(0),
                Enum.Parse<ContactKind>(reader.GetString(1)),
                Text(reader, 2) is { } civility ? Enum.Parse<Civility>(civility) : null,
                Text(reader, 3),
                Text(reader, 4),
                Text(reader, 5),
                address);
            donors.Add(new ChunkDonor(source, Enum.Parse<ReceiptPreference>(reader.GetString(6)), Text(reader, 14)));
        }

        return donors;
    }

    /// <summary>
    /// The gifts the run may receipt, locked against a concurrent status change (a refund, an unpaid) until the chunk
    /// commits: a receipt never covers money that was given back in the meantime.
    /// </summary>
    public static async Task<Dictionary<long, List<ReceiptGift>>> GiftsAsync(
        NpgsqlConnection connection, ReceiptRunContext run, long[] contactIds, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT d.contact_id, d.id, d.amount, d.donated_on, d.method
            FROM donations d JOIN contacts c ON c.id = d.contact_id
            WHERE d.contact_id = ANY(@ids) AND {ReceiptRunRules.GiftCondition(run.Kind)}
            ORDER BY d.contact_id, d.donated_on, d.id
            FOR SHARE OF d
            """,
            connection);
        command.Parameters.AddWithValue("ids", contactIds);
        AddRunParameters(command, run);
        var gifts = new Dictionary<long, List<ReceiptGift>>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var contactId = reader.GetInt64(0);
            if (!gifts.TryGetValue(contactId, out var list))
            {
                gifts[contactId] = list = [];
            }

            list.Add(new ReceiptGift(
                reader.GetInt64(1), reader.GetDecimal(2), reader.GetFieldValue<DateOnly>(3), Enum.Parse<PaymentMethod>(reader.GetString(4))));
        }

        return gifts;
    }

    /// <summary>
    /// Every donor the run has something to receipt for, in print order: postcode (those without an address last), name, id.
    /// Numbers are given in this order, so a print batch reads in increasing numbers.
    /// </summary>
    public static async Task<long[]> PlanAsync(NpgsqlConnection connection, ReceiptRunContext run, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            $"""
            SELECT e.contact_id
            FROM (SELECT DISTINCT d.contact_id
                  FROM donations d JOIN contacts c ON c.id = d.contact_id
                  WHERE {ReceiptRunRules.GiftCondition(run.Kind)}) e
            JOIN contacts c ON c.id = e.contact_id
            LEFT JOIN contact_addresses a ON a.contact_id = e.contact_id AND a.is_main
            ORDER BY a.postal_code NULLS LAST, c.last_name, c.first_name, e.contact_id
            """,
            connection) { CommandTimeout = 0 };
        AddRunParameters(command, run);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return [.. ids];
    }

    private static void AddRunParameters(NpgsqlCommand command, ReceiptRunContext run)
    {
        command.Parameters.AddWithValue("from", run.From);
        command.Parameters.AddWithValue("to", run.To);
        command.Parameters.AddWithValue("skip_suspended", run.SkipSuspended);
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
