using CrmBlazor.Domain.Recurring;
using Npgsql;

namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>The gifts due, each one's campaign (which its donations are credited to), and the mandates they are drawn under.</summary>
internal sealed record DueGifts(List<DueGift> Gifts, Dictionary<long, long> Campaigns, Dictionary<long, SepaMandateDetails> Mandates);

/// <summary>Reads what a run needs, in one pass each: the active gifts due by the end of the month, with their mandate.</summary>
internal static class SchedulingReader
{
    public static async Task<DueGifts> DueGiftsAsync(NpgsqlConnection connection, DateOnly monthEnd, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT g.id, g.contact_id, g.channel, g.amount, g.periodicity, g.anchor_day, g.next_due_on, g.card_expires_on,
                   g.mandate_id, m.status, m.signed_on, m.last_collection_on, g.campaign_id,
                   m.rum, m.debtor_name, m.iban, m.bic
              FROM recurring_gifts g
              LEFT JOIN sepa_mandates m ON m.id = g.mandate_id
             WHERE g.status = 'Active' AND g.next_due_on <= @month_end
            """,
            connection);
        command.Parameters.AddWithValue("month_end", monthEnd);
        var gifts = new List<DueGift>();
        var campaigns = new Dictionary<long, long>();
        var mandates = new Dictionary<long, SepaMandateDetails>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            campaigns[reader.GetInt64(0)] = reader.GetInt64(12);
            if (!reader.IsDBNull(8) && !mandates.ContainsKey(reader.GetInt64(8)))
            {
                mandates[reader.GetInt64(8)] = new SepaMandateDetails(
                    reader.GetInt64(8), reader.GetString(13), reader.GetFieldValue<DateOnly>(10), reader.GetString(14), reader.GetString(15),
                    reader.IsDBNull(16) ? null : reader.GetString(16));
            }

            gifts.Add(new DueGift(
                reader.GetInt64(0),
                reader.GetInt64(1),
                Enum.Parse<RecurringChannel>(reader.GetString(2)),
                reader.GetDecimal(3),
                Enum.Parse<Periodicity>(reader.GetString(4)),
                reader.GetInt32(5),
                reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetFieldValue<DateOnly>(7),
                reader.IsDBNull(8) ? null : reader.GetInt64(8),
                reader.IsDBNull(9) ? null : Enum.Parse<MandateStatus>(reader.GetString(9)),
                reader.IsDBNull(10) ? null : reader.GetFieldValue<DateOnly>(10),
                reader.IsDBNull(11) ? null : reader.GetFieldValue<DateOnly>(11)));
        }

        return new DueGifts(gifts, campaigns, mandates);
    }

    /// <summary>Active gifts, due by the month's end, with an unpaid instalment nobody has decided about yet.</summary>
    public static async Task<List<long>> GiftsWithOpenUnpaidAsync(NpgsqlConnection connection, DateOnly monthEnd, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            """
            SELECT DISTINCT g.id
              FROM recurring_gifts g
              JOIN instalments i ON i.recurring_gift_id = g.id AND i.status = 'Unpaid' AND i.resolution IS NULL
             WHERE g.status = 'Active' AND g.next_due_on <= @month_end
            """,
            connection);
        command.Parameters.AddWithValue("month_end", monthEnd);
        var ids = new List<long>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }
}
