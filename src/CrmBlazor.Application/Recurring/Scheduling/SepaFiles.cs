using System.Globalization;
using CrmBlazor.Application.Organisation;
using CrmBlazor.Application.Recurring.Sepa;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring.Scheduling;

public sealed record SepaExportedFile(long DocumentId, DateOnly CollectionDate, int Transactions, decimal Total);

/// <summary>A debit of the run with the mandate it is drawn under.</summary>
internal sealed record PlannedDebit(long DonationId, PlannedInstalment Instalment, SepaMandateDetails Mandate)
{
    public string EndToEndId => SepaEndToEnd.For(DonationId);
}

internal sealed record RenderedFile(DateOnly CollectOn, byte[] Bytes, int Count, decimal Total, long FirstDonationId);

internal sealed record SepaMandateDetails(long Id, string Rum, DateOnly SignedOn, string DebtorName, string Iban, string? Bic);

/// <summary>
/// The pain.008 files of a run: one file per collection date (a FRST and a RCUR block), checked against the XSD, then
/// kept in Documents inside the run's transaction. The debits and their file commit together, so there is never a
/// debit without its file nor a file without its debits.
/// </summary>
internal sealed class SepaFiles(IDocumentStore store, TimeProvider clock, string actorName)
{
    /// <summary>One XSD-checked file per collection date; pure work, no database.</summary>
    public IReadOnlyList<RenderedFile> Render(SepaCreditor? creditor, IReadOnlyList<PlannedDebit> debits)
    {
        if (debits.Count == 0)
        {
            return [];
        }

        ArgumentNullException.ThrowIfNull(creditor);
        return debits
            .GroupBy(d => d.Instalment.CollectOn)
            .OrderBy(g => g.Key)
            .Select(day => new RenderedFile(day.Key, Render(creditor, day.Key, day.ToList()), day.Count(), day.Sum(d => d.Instalment.Amount), day.Min(d => d.DonationId)))
            .ToList();
    }

    /// <summary>The files kept in Documents, in the caller's transaction.</summary>
    public async Task<IReadOnlyList<SepaExportedFile>> StoreAsync(AppDbContext db, IReadOnlyList<RenderedFile> rendered, CancellationToken ct)
    {
        if (rendered.Count == 0)
        {
            return [];
        }

        var documents = new List<(Document Document, RenderedFile File)>();
        foreach (var file in rendered)
        {
            var title = string.Format(
                CultureInfo.GetCultureInfo("fr-FR"), Resources.Messages.Scheduling_SepaFileTitle,
                file.CollectOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), file.Count, file.Total);
            var key = await store.PutAsync(db, file.Bytes, ct);
            var document = Document.Stored(
                null, DocumentKind.SepaDebitFile, title, $"prelevements-{file.CollectOn:yyyy-MM-dd}-{file.FirstDonationId}.xml", "application/xml",
                file.Bytes.Length, key, clock.GetUtcNow(), actorName);
            db.Documents.Add(document);
            documents.Add((document, file));
        }

        await db.SaveChangesAsync(ct);
        return documents.Select(d => new SepaExportedFile(d.Document.Id, d.File.CollectOn, d.File.Count, d.File.Total)).ToList();
    }

    private byte[] Render(SepaCreditor creditor, DateOnly collectOn, List<PlannedDebit> debits)
    {
        var stamp = string.Create(CultureInfo.InvariantCulture, $"CRMB-{collectOn:yyyyMMdd}-{debits.Min(d => d.DonationId)}");
        var batches = debits
            .GroupBy(d => d.Instalment.Sequence!.Value)
            .OrderBy(g => g.Key)
            .Select(g => new SepaBatch($"{stamp}-{g.Key.Code()}", g.Key, collectOn, g.Select(d => ToSepa(creditor, d)).ToList()))
            .ToList();
        using var buffer = new MemoryStream();
        Pain008Writer.Write(buffer, stamp, clock.GetUtcNow(), creditor, batches);
        buffer.Position = 0;
        var errors = Pain008Schema.Validate(buffer);
        return errors.Count == 0
            ? buffer.ToArray()
            : throw new InvalidOperationException($"The pain.008 file for {collectOn:yyyy-MM-dd} does not validate: {string.Join("; ", errors.Take(5))}");
    }

    public static SepaCreditor Creditor(OrganisationProfile? organisation) =>
        organisation is { SepaCreditorId.Length: > 0, Iban.Length: > 0 }
            ? new SepaCreditor(organisation.Name, organisation.Iban, organisation.Bic, organisation.SepaCreditorId)
            : throw new InvalidOperationException("SEPA debits cannot be written without the organisation's creditor identifier and account.");

    private static SepaDebit ToSepa(SepaCreditor creditor, PlannedDebit d) => new(
        d.EndToEndId, d.Instalment.Amount, d.Mandate.Rum, d.Mandate.SignedOn, d.Mandate.DebtorName, d.Mandate.Iban, d.Mandate.Bic,
        string.Create(CultureInfo.InvariantCulture, $"Don regulier {creditor.Name} echeance du {d.Instalment.DueOn:dd/MM/yyyy}"));
}
