using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Mail;

/// <summary>One event read from a platform export or a bounce report.</summary>
/// <param name="CampaignCode">The campaign's code as the platform knows it, when it says.</param>
public sealed record EmailEventLine(string Address, string? CampaignCode, EmailEventKind Kind, DateTimeOffset OccurredAt, string? Detail, BounceKind? Bounce = null);

/// <param name="UnknownAddresses">Lines whose address no contact has: nothing to attach them to.</param>
public sealed record EmailEventsApplied(int Read, int Added, int UnknownAddresses, int MadeUnusable, int Unsubscribed);

/// <summary>
/// Writes email events set-based and applies what they mean. The lines go by binary COPY into a temporary table;
/// one INSERT … SELECT adds each event once per contact holding the address (the unique index skips what an
/// earlier import or report already brought), and one journal row per contact says how many came. Only the
/// events just added have effects, through the domain: a bounce counts against the address
/// (<see cref="ContactEmail.RecordBounce"/>), an unsubscribe stops email appeals (<see cref="Contact.StopEmailAppeals"/>).
/// All in one transaction: a failure writes nothing.
/// </summary>
public sealed class EmailEventWriter(IDbContextFactory<AppDbContext> dbFactory, IOptions<MailOptions> options, ActorContext actor, TimeProvider clock)
{
    private const string InsertSql = """
        WITH added AS (
            INSERT INTO email_events (id, contact_id, address, campaign_id, kind, bounce, occurred_at, detail, source)
            SELECT nextval('email_events_hilo'), e.contact_id, i.address, c.id, i.kind, i.bounce, i.occurred_at, i.detail, @source
              FROM incoming_email_events i
              JOIN contact_emails e ON e.address = i.address
              LEFT JOIN campaigns c ON c.code = i.campaign_code
            ON CONFLICT DO NOTHING
            RETURNING contact_id, address, kind, bounce, occurred_at, detail),
        journal AS (
            INSERT INTO journal_entries (occurred_at, actor_id, actor_name, action, entity_type, entity_key, changes, contact_id)
            SELECT @now, @actor_id, @actor_name, 'Created', 'email_events', @source, jsonb_build_array(
                       jsonb_build_object('field', 'Events', 'old', NULL, 'new', count(*)::text),
                       jsonb_build_object('field', 'Kinds', 'old', NULL, 'new', string_agg(DISTINCT kind, ', ' ORDER BY kind))),
                   contact_id
              FROM added GROUP BY contact_id)
        SELECT contact_id, address, kind, bounce, occurred_at, detail FROM added
        """;

    public async Task<EmailEventsApplied> ApplyAsync(IReadOnlyList<EmailEventLine> lines, string source, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await using (var create = new NpgsqlCommand(
            "CREATE TEMP TABLE incoming_email_events (address text, campaign_code text, kind text, bounce text, occurred_at timestamptz, detail text) ON COMMIT DROP",
            connection))
        {
            await create.ExecuteNonQueryAsync(ct);
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY incoming_email_events (address, campaign_code, kind, bounce, occurred_at, detail) FROM STDIN (FORMAT BINARY)", ct))
        {
            foreach (var line in lines)
            {
                await copy.StartRowAsync(ct);
                await copy.WriteAsync(ContactEmail.Normalize(line.Address), NpgsqlDbType.Text, ct);
                await WriteTextAsync(copy, line.CampaignCode?.Trim(), ct);
                await copy.WriteAsync(line.Kind.ToString(), NpgsqlDbType.Text, ct);
                await WriteTextAsync(copy, line.Bounce?.ToString(), ct);
                await copy.WriteAsync(line.OccurredAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
                await WriteTextAsync(copy, Clip(line.Detail, EmailEventLimits.DetailMaxLength), ct);
            }

            await copy.CompleteAsync(ct);
        }

        var known = 0;
        await using (var count = new NpgsqlCommand(
            "SELECT count(*) FROM incoming_email_events i WHERE EXISTS (SELECT 1 FROM contact_emails e WHERE e.address = i.address)", connection))
        {
            known = (int)(long)(await count.ExecuteScalarAsync(ct) ?? 0L);
        }

        var added = new List<(long ContactId, string Address, EmailEventKind Kind, BounceKind? Bounce, DateTimeOffset At, string? Detail)>();
        await using (var insert = new NpgsqlCommand(InsertSql, connection))
        {
            insert.Parameters.AddWithValue("source", Clip(source, EmailEventLimits.SourceMaxLength)!);
            insert.Parameters.AddWithValue("now", clock.GetUtcNow());
            insert.Parameters.AddWithValue("actor_id", (object?)actor.Current.UserId ?? DBNull.Value);
            insert.Parameters.AddWithValue("actor_name", actor.Current.Name);
            await using var reader = await insert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                added.Add((
                    reader.GetInt64(0), reader.GetString(1), Enum.Parse<EmailEventKind>(reader.GetString(2)),
                    reader.IsDBNull(3) ? null : Enum.Parse<BounceKind>(reader.GetString(3)), reader.GetFieldValue<DateTimeOffset>(4),
                    reader.IsDBNull(5) ? null : reader.GetString(5)));
            }
        }

        var (unusable, unsubscribed) = await ApplyEffectsAsync(db, added, ct);
        await tx.CommitAsync(ct);
        return new EmailEventsApplied(lines.Count, added.Count, lines.Count - known, unusable, unsubscribed);
    }

    private async Task<(int Unusable, int Unsubscribed)> ApplyEffectsAsync(
        AppDbContext db, List<(long ContactId, string Address, EmailEventKind Kind, BounceKind? Bounce, DateTimeOffset At, string? Detail)> added,
        CancellationToken ct)
    {
        var bounces = added.Where(a => a.Kind == EmailEventKind.Bounce && a.Bounce is not null).OrderBy(a => a.At).ToList();
        var unsubscribes = added.Where(a => a.Kind == EmailEventKind.Unsubscribe).ToList();
        var unusable = 0;
        if (bounces.Count > 0)
        {
            var addresses = bounces.Select(b => b.Address).Distinct().ToList();
            var emails = await db.ContactEmails.Where(e => addresses.Contains(e.Address)).ToListAsync(ct);
            var limit = options.Value.TemporaryBounceLimit;
            foreach (var bounce in bounces)
            {
                foreach (var email in emails.Where(e => e.ContactId == bounce.ContactId && e.Address == bounce.Address))
                {
                    var on = DateOnly.FromDateTime(ParisTime.ToParis(bounce.At).DateTime);
                    if (email.RecordBounce(bounce.Bounce!.Value, bounce.Detail ?? "?", on, limit))
                    {
                        unusable++;
                    }
                }
            }
        }

        var unsubscribed = 0;
        if (unsubscribes.Count > 0)
        {
            var ids = unsubscribes.Select(u => u.ContactId).Distinct().ToList();
            var contacts = await db.Contacts.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
            foreach (var contact in contacts)
            {
                if (contact.EmailAppealsStoppedOn is null)
                {
                    var first = unsubscribes.Where(u => u.ContactId == contact.Id).Min(u => u.At);
                    contact.StopEmailAppeals(DateOnly.FromDateTime(ParisTime.ToParis(first).DateTime));
                    unsubscribed++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return (unusable, unsubscribed);
    }

    private static async Task WriteTextAsync(NpgsqlBinaryImporter copy, string? value, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            await copy.WriteNullAsync(ct);
        }
        else
        {
            await copy.WriteAsync(value, NpgsqlDbType.Text, ct);
        }
    }

    private static string? Clip(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
