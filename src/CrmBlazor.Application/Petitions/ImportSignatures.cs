using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Notifications;
using FluentValidation;
using Npgsql;
using NpgsqlTypes;

namespace CrmBlazor.Application.Petitions;

public sealed record ImportSignaturesCommand(long PetitionId, byte[] Content);

/// <summary>What an import did: new signatures, lines whose contact had already signed, and the lines left aside with their reason.</summary>
public sealed record SignatureImportReport(int Added, int AlreadySigned, IReadOnlyList<SignatureProblem> Problems);

public sealed class ImportSignaturesValidator : AbstractValidator<ImportSignaturesCommand>
{
    public const int MaxBytes = 20 * 1024 * 1024;

    public ImportSignaturesValidator()
    {
        RuleFor(c => c.Content).NotEmpty().WithMessage(Messages.Petition_ImportEmpty)
            .Must(c => c.Length <= MaxBytes).WithMessage(string.Format(Messages.Petition_ImportTooLarge, MaxBytes / (1024 * 1024)));
    }
}

/// <summary>
/// Imports a petition's signatures from CSV (<see cref="SignatureFile"/>), set-based: the lines are COPYed into a temporary
/// table, matched to contacts by member number (else by an email only one contact has), and written with one
/// INSERT … SELECT … ON CONFLICT DO NOTHING on (petition, contact), so importing the same file again adds nothing.
/// The journal rows and the records' live notices are written by the same statement's transaction.
/// </summary>
public sealed class ImportSignaturesHandler(NpgsqlDataSource dataSource, IValidator<ImportSignaturesCommand> validator, ActorContext actor, TimeProvider clock)
{
    public async Task<CommandResult<SignatureImportReport>> HandleAsync(ImportSignaturesCommand command, CancellationToken ct = default)
    {
        var validation = await validator.ValidateAsync(command, ct);
        if (!validation.IsValid)
        {
            return validation.ToFailure<SignatureImportReport>();
        }

        var file = SignatureFile.Parse(command.Content);
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);
        long? campaignId;
        await using (var petition = new NpgsqlCommand("SELECT campaign_id FROM petitions WHERE id = @id FOR SHARE", connection))
        {
            petition.Parameters.AddWithValue("id", command.PetitionId);
            var found = await petition.ExecuteScalarAsync(ct);
            if (found is null)
            {
                return CommandResult<SignatureImportReport>.Fail(Messages.Petition_Required);
            }

            campaignId = found is DBNull ? null : (long)found;
        }

        await ExecuteAsync(connection, """
            CREATE TEMP TABLE signature_import (
                line int PRIMARY KEY, member_number bigint, email text, signed_on date NOT NULL, source text NOT NULL,
                contact_id bigint, email_contacts int) ON COMMIT DROP
            """, ct);
        await BulkWriter.CopyAsync(connection, "signature_import", "line, member_number, email, signed_on, source", file.Rows, (w, r) =>
        {
            w.Write(r.Line, NpgsqlDbType.Integer);
            Nullable(w, r.MemberNumber, NpgsqlDbType.Bigint);
            Nullable(w, r.Email, NpgsqlDbType.Text);
            w.Write(r.SignedOn, NpgsqlDbType.Date);
            w.Write(r.Source.ToString(), NpgsqlDbType.Text);
        }, ct);

        // The member number wins; an email finds the contact only when exactly one contact has it.
        await ExecuteAsync(connection, """
            UPDATE signature_import i SET contact_id = c.id FROM contacts c WHERE c.member_number = i.member_number;
            UPDATE signature_import i SET email_contacts = m.n, contact_id = CASE WHEN m.n = 1 THEN m.contact_id END
              FROM (SELECT e.address, count(DISTINCT e.contact_id)::int AS n, min(e.contact_id) AS contact_id
                      FROM contact_emails e WHERE e.address IN (SELECT email FROM signature_import WHERE contact_id IS NULL)
                     GROUP BY e.address) m
             WHERE i.contact_id IS NULL AND i.member_number IS NULL AND i.email = m.address;
            """, ct);

        var problems = new List<SignatureProblem>(file.Problems);
        await using (var unmatched = new NpgsqlCommand(
            "SELECT line, member_number, email, email_contacts FROM signature_import WHERE contact_id IS NULL ORDER BY line", connection))
        await using (var reader = await unmatched.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                var reason = !reader.IsDBNull(1)
                    ? string.Format(Messages.Petition_ImportUnknownNumber, reader.GetInt64(1))
                    : !reader.IsDBNull(3) && reader.GetInt32(3) > 1
                        ? string.Format(Messages.Petition_ImportSharedEmail, reader.GetString(2), reader.GetInt32(3))
                        : string.Format(Messages.Petition_ImportUnknownEmail, reader.GetString(2));
                problems.Add(new SignatureProblem(reader.GetInt32(0), reason));
            }
        }

        // One signature per contact: a contact listed twice in the file signs on its first line.
        int candidates;
        await using (var count = new NpgsqlCommand("SELECT count(DISTINCT contact_id)::int FROM signature_import WHERE contact_id IS NOT NULL", connection))
        {
            candidates = (int)(await count.ExecuteScalarAsync(ct))!;
        }

        var ids = await BulkWriter.ReserveIdsAsync(connection, "petition_signatures_hilo", candidates, ct);
        var added = new List<long>();
        await using (var insert = new NpgsqlCommand(InsertSql, connection))
        {
            var current = actor.Current;
            insert.Parameters.AddWithValue("petition", command.PetitionId);
            insert.Parameters.Add(new NpgsqlParameter("campaign", NpgsqlDbType.Bigint) { Value = (object?)campaignId ?? DBNull.Value });
            insert.Parameters.AddWithValue("ids", ids);
            insert.Parameters.AddWithValue("now", clock.GetUtcNow());
            insert.Parameters.Add(new NpgsqlParameter("actor_id", NpgsqlDbType.Varchar) { Value = (object?)current.UserId ?? DBNull.Value });
            insert.Parameters.AddWithValue("actor_name", current.Name);
            await using var reader = await insert.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                added.Add(reader.GetInt64(0));
            }
        }

        await NotifyAsync(connection, added, ct);
        await transaction.CommitAsync(ct);
        var matchedLines = file.Rows.Count - (problems.Count - file.Problems.Count);
        return CommandResult<SignatureImportReport>.Ok(new SignatureImportReport(
            added.Count, matchedLines - added.Count, problems.OrderBy(p => p.Line).ToList()));
    }

    private const string InsertSql = """
        WITH firsts AS (
            SELECT DISTINCT ON (contact_id) contact_id, signed_on, source, line
              FROM signature_import WHERE contact_id IS NOT NULL ORDER BY contact_id, line),
        numbered AS (SELECT f.*, row_number() OVER (ORDER BY f.line) AS n FROM firsts f),
        inserted AS (
            INSERT INTO petition_signatures (id, petition_id, contact_id, signed_on, campaign_id, source)
            SELECT k.id, @petition, n.contact_id, n.signed_on, @campaign, n.source
              FROM numbered n JOIN unnest(@ids) WITH ORDINALITY AS k(id, n) ON k.n = n.n
            ON CONFLICT (petition_id, contact_id) DO NOTHING
            RETURNING id, contact_id, signed_on, source),
        journal AS (
            INSERT INTO journal_entries (occurred_at, actor_id, actor_name, action, entity_type, entity_key, changes, contact_id)
            SELECT @now, @actor_id, @actor_name, 'Created', 'petition_signatures', s.id::text,
                   jsonb_build_array(
                       jsonb_build_object('field', 'Id', 'old', NULL, 'new', s.id::text),
                       jsonb_build_object('field', 'PetitionId', 'old', NULL, 'new', @petition::text),
                       jsonb_build_object('field', 'ContactId', 'old', NULL, 'new', s.contact_id::text),
                       jsonb_build_object('field', 'SignedOn', 'old', NULL, 'new', to_char(s.signed_on, 'YYYY-MM-DD')),
                       jsonb_build_object('field', 'CampaignId', 'old', NULL, 'new', @campaign::text),
                       jsonb_build_object('field', 'Source', 'old', NULL, 'new', s.source)),
                   s.contact_id
              FROM inserted s)
        SELECT contact_id FROM inserted
        """;

    /// <summary>Each record that gained a signature refreshes its Mobilisations tab (delivered at commit, like the EF interceptor's).</summary>
    private async Task NotifyAsync(NpgsqlConnection connection, IReadOnlyCollection<long> contactIds, CancellationToken ct)
    {
        if (contactIds.Count == 0)
        {
            return;
        }

        var notices = contactIds.Distinct().Select(id => PgChangeNotifier.Serialize(
            new ChangeNotice(ContactChangeInterceptor.Topic(id), ContactParts.Petitions, actor.Current.Name))).ToArray();
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, n) FROM unnest(@notices) AS n", connection);
        notify.Parameters.AddWithValue("channel", PgChangeNotifier.Channel);
        notify.Parameters.AddWithValue("notices", notices);
        await notify.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static void Nullable<T>(NpgsqlBinaryImporter importer, T? value, NpgsqlDbType type)
    {
        if (value is null)
        {
            importer.WriteNull();
        }
        else
        {
            importer.Write(value, type);
        }
    }
}
