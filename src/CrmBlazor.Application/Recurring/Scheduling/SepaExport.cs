using System.Globalization;
using CrmBlazor.Application.Organisation;
using CrmBlazor.Application.Recurring.Sepa;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.Application.Recurring.Scheduling;

public sealed record SepaExportedFile(long DocumentId, DateOnly CollectionDate, int Transactions, decimal Total);

/// <summary>
/// Writes the pain.008 file of every collection date whose debits the run created and no file holds yet: one file
/// per date (a FRST and a RCUR block), checked against the XSD, kept in Documents, and linked from each debit in
/// the same transaction. A run stopped before its files leaves the debits without a file; the next run writes them.
/// </summary>
public sealed class SepaExport(IDbContextFactory<AppDbContext> dbFactory, NpgsqlDataSource dataSource, IDocumentStore store, ActorContext actor, TimeProvider clock)
{
    private sealed record Debit(long DonationId, DateOnly CollectOn, DateOnly DueOn, SepaSequence Sequence, string EndToEndId, decimal Amount,
        string Rum, DateOnly SignedOn, string DebtorName, string Iban, string? Bic);

    /// <summary>Held for a whole export, so two servers never write files for the same debits.</summary>
    private const long ExportLock = 0x5EC_A008;

    public async Task<IReadOnlyList<SepaExportedFile>> ExportAsync(CancellationToken ct = default)
    {
        await using var guard = await dataSource.OpenConnectionAsync(ct);
        await using (var locking = new NpgsqlCommand("SELECT pg_advisory_lock(@key)", guard))
        {
            locking.Parameters.AddWithValue("key", ExportLock);
            await locking.ExecuteNonQueryAsync(ct);
        }

        try
        {
            return await ExportUnexportedAsync(ct);
        }
        finally
        {
            await using var unlocking = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", guard);
            unlocking.Parameters.AddWithValue("key", ExportLock);
            await unlocking.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    private async Task<IReadOnlyList<SepaExportedFile>> ExportUnexportedAsync(CancellationToken ct)
    {
        var debits = await UnexportedAsync(ct);
        if (debits.Count == 0)
        {
            return [];
        }

        SepaCreditor creditor;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            creditor = Creditor(await OrganisationProfiles.LatestAsync(db, ct));
        }

        var files = new List<SepaExportedFile>();
        foreach (var day in debits.GroupBy(d => d.CollectOn).OrderBy(g => g.Key))
        {
            ct.ThrowIfCancellationRequested();
            files.Add(await ExportDayAsync(creditor, day.Key, day.ToList(), ct));
        }

        return files;
    }

    private async Task<SepaExportedFile> ExportDayAsync(SepaCreditor creditor, DateOnly collectOn, List<Debit> debits, CancellationToken ct)
    {
        var first = debits.Min(d => d.DonationId);
        var stamp = string.Create(CultureInfo.InvariantCulture, $"CRMB-{collectOn:yyyyMMdd}-{first}");
        var batches = debits.GroupBy(d => d.Sequence).OrderBy(g => g.Key).Select(g => new SepaBatch(
            $"{stamp}-{g.Key.Code()}", g.Key, collectOn, g.Select(d => ToSepa(creditor, d)).ToList())).ToList();
        using var buffer = new MemoryStream();
        Pain008Writer.Write(buffer, stamp, clock.GetUtcNow(), creditor, batches);
        buffer.Position = 0;
        var errors = Pain008Schema.Validate(buffer);
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"The pain.008 file for {collectOn:yyyy-MM-dd} does not validate: {string.Join("; ", errors.Take(5))}");
        }

        var total = debits.Sum(d => d.Amount);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var bytes = buffer.ToArray();
        var key = await store.PutAsync(db, bytes, ct);
        var title = string.Format(
            CultureInfo.GetCultureInfo("fr-FR"), Resources.Messages.Scheduling_SepaFileTitle, collectOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), debits.Count, total);
        var document = Document.Stored(
            null, DocumentKind.SepaDebitFile, title, $"prelevements-{collectOn:yyyy-MM-dd}-{first}.xml", "application/xml", bytes.Length, key,
            clock.GetUtcNow(), actor.Current.Name);
        db.Documents.Add(document);
        await db.SaveChangesAsync(ct);

        var ids = debits.Select(d => d.DonationId).ToArray();
        var linked = await db.Database.ExecuteSqlInterpolatedAsync(
            $"""
            WITH linked AS (
                UPDATE instalments SET sepa_file_id = {document.Id}
                 WHERE donation_id = ANY({ids}) AND sepa_file_id IS NULL
             RETURNING donation_id, contact_id)
            INSERT INTO journal_entries (occurred_at, actor_id, actor_name, action, entity_type, entity_key, changes, contact_id)
            SELECT {clock.GetUtcNow()}, {actor.Current.UserId}, {actor.Current.Name}, 'Updated', 'instalments', donation_id::text,
                   jsonb_build_array(jsonb_build_object('field', 'SepaFileId', 'old', NULL, 'new', {document.Id.ToString(CultureInfo.InvariantCulture)})),
                   contact_id
              FROM linked
            """,
            ct);
        if (linked != ids.Length)
        {
            // Only possible if the lock was bypassed: never two files for one debit.
            throw new InvalidOperationException($"SEPA debits of {collectOn:yyyy-MM-dd} were exported concurrently; nothing was kept from this export.");
        }

        await transaction.CommitAsync(ct);
        return new SepaExportedFile(document.Id, collectOn, debits.Count, total);
    }

    private async Task<List<Debit>> UnexportedAsync(CancellationToken ct)
    {
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT i.donation_id, i.collect_on, i.due_on, i.sequence, i.end_to_end_id, i.amount, m.rum, m.signed_on, m.debtor_name, m.iban, m.bic
              FROM instalments i
              JOIN recurring_gifts g ON g.id = i.recurring_gift_id
              JOIN sepa_mandates m ON m.id = g.mandate_id
             WHERE i.channel = 'DirectDebit' AND i.sepa_file_id IS NULL AND i.end_to_end_id IS NOT NULL AND i.status = 'Pending'
             ORDER BY i.collect_on, i.donation_id
            """,
            connection);
        var debits = new List<Debit>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            debits.Add(new Debit(
                reader.GetInt64(0), reader.GetFieldValue<DateOnly>(1), reader.GetFieldValue<DateOnly>(2), Enum.Parse<SepaSequence>(reader.GetString(3)),
                reader.GetString(4), reader.GetDecimal(5), reader.GetString(6), reader.GetFieldValue<DateOnly>(7), reader.GetString(8),
                reader.GetString(9), reader.IsDBNull(10) ? null : reader.GetString(10)));
        }

        return debits;
    }

    private static SepaCreditor Creditor(OrganisationProfile? organisation) =>
        organisation is { SepaCreditorId.Length: > 0, Iban.Length: > 0 }
            ? new SepaCreditor(organisation.Name, organisation.Iban, organisation.Bic, organisation.SepaCreditorId)
            : throw new InvalidOperationException("SEPA debits cannot be exported without the organisation's creditor identifier and account.");

    private static SepaDebit ToSepa(SepaCreditor creditor, Debit d) => new(
        d.EndToEndId, d.Amount, d.Rum, d.SignedOn, d.DebtorName, d.Iban, d.Bic,
        string.Create(CultureInfo.InvariantCulture, $"Don regulier {creditor.Name} echeance du {d.DueOn:dd/MM/yyyy}"));
}
