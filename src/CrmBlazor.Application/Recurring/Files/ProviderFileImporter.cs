using System.Globalization;
using System.Security.Cryptography;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.Application.Recurring.Files;

/// <summary>What an import did: its counts and the lines it could not use.</summary>
public sealed record ProviderImportReport(long ImportId, int Lines, int Applied, int Unchanged, int Rejected, IReadOnlyList<ImportProblem> Problems);

/// <summary>
/// Imports a provider's or bank's file: reads it with the parser of its kind, finds the instalment of each line,
/// collects or marks unpaid through the domain's own methods, and records the import with its problems — all in one
/// transaction, written set-based (<see cref="ProviderImportWriter"/>), journaled and announced to open records like
/// any other change. The same bytes are imported once: a second time is refused before anything
/// changes. A line already applied (same channel, transaction and outcome, from any earlier file) is left unchanged.
/// </summary>
public sealed class ProviderFileImporter(
    IDbContextFactory<AppDbContext> dbFactory, IEnumerable<IProviderFileParser> parsers, TimeProvider clock, ActorContext actor)
{
    public async Task<CommandResult<ProviderImportReport>> ImportAsync(ProviderFileKind kind, string fileName, byte[] content, CancellationToken ct = default)
    {
        if (parsers.FirstOrDefault(p => p.Kind == kind) is not { } parser)
        {
            return Fail(string.Format(Messages.ProviderFile_NoReader, EnumLabels.Of(kind)));
        }

        if (content.Length == 0)
        {
            return Fail(Messages.ProviderFile_Empty);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await EarlierImportAsync(db, kind, sha256, ct) is { } earlier)
        {
            return Fail(earlier);
        }

        var parsed = parser.Parse(content);
        if (parsed.Problems.FirstOrDefault(p => p.Line == 0) is { } unreadable)
        {
            return Fail(unreadable.Reason);
        }

        if (parsed.LineCount == 0)
        {
            return Fail(Messages.ProviderFile_NoLines);
        }

        // In the order things happened, so that a refusal and the retry that collected the instalment apply in turn.
        var lines = parsed.Lines.OrderBy(l => l.OccurredOn).ToList();
        var matcher = await ProviderLineMatcher.LoadAsync(db, lines, ct);
        var today = ParisTime.Today(clock);
        var applier = new ProviderLineApplier(matcher, today);
        foreach (var line in lines)
        {
            try
            {
                applier.Apply(line);
            }
            catch (DomainException ex)
            {
                // The rules refused a change the checks above let through: nothing is saved, the file can be imported again.
                return Fail(string.Format(Messages.ProviderFile_LineRefused, line.LineNumber, ex.Message));
            }
        }

        await ResumeRetriedGiftsAsync(db, matcher, applier.RetriedGifts, today, ct);
        var problems = parsed.Problems.Concat(applier.Problems).OrderBy(p => p.Line).ToList();
        var import = ProviderImport.Record(
            kind, fileName, sha256, clock.GetUtcNow(), actor.Current.Name, parsed.LineCount, applier.Applied.Count, applier.Unchanged, problems);
        try
        {
            await db.Database.OpenConnectionAsync(ct);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            db.ProviderImports.Add(import);
            await db.SaveChangesAsync(ct);
            await ProviderImportWriter.WriteAsync(
                (NpgsqlConnection)db.Database.GetDbConnection(), matcher, applier.Applied, import.Id, actor.Current, clock.GetUtcNow(), ct);
            await transaction.CommitAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Fail(Messages.ProviderFile_ChangedMeanwhile);
        }
        catch (Exception ex) when (ex is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } }
                                       or PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            return Fail(await EarlierImportAsync(fresh, kind, sha256, ct) ?? Messages.ProviderFile_ChangedMeanwhile);
        }

        return CommandResult<ProviderImportReport>.Ok(new ProviderImportReport(
            import.Id, import.Lines, import.Applied, import.Unchanged, import.Rejected, problems));
    }

    /// <summary>« Ce fichier a déjà été importé le 12/04/2026 à 10:15 par X. », or null the first time.</summary>
    private static async Task<string?> EarlierImportAsync(AppDbContext db, ProviderFileKind kind, string sha256, CancellationToken ct)
    {
        var earlier = await db.ProviderImports.AsNoTracking().Where(i => i.Kind == kind && i.Sha256 == sha256)
            .Select(i => new { i.ImportedAt, i.ImportedBy }).FirstOrDefaultAsync(ct);
        if (earlier is null)
        {
            return null;
        }

        var at = ParisTime.ToParis(earlier.ImportedAt);
        return string.Format(
            Messages.ProviderFile_AlreadyImported, at.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), at.ToString("HH:mm", CultureInfo.InvariantCulture),
            earlier.ImportedBy);
    }

    /// <summary>
    /// A gift the importer suspended for a refusal resumes when the refused instalment was collected on a retry and no
    /// other instalment of the gift waits for a decision. A card expired since stays suspended for the supervisor.
    /// </summary>
    private static async Task ResumeRetriedGiftsAsync(
        AppDbContext db, ProviderLineMatcher matcher, IReadOnlyCollection<long> giftIds, DateOnly today, CancellationToken ct)
    {
        if (giftIds.Count == 0)
        {
            return;
        }

        var ids = giftIds.ToList();
        var waitingInDatabase = await db.Instalments.AsNoTracking()
            .Where(i => ids.Contains(i.RecurringGiftId) && i.Status == InstalmentStatus.Unpaid && i.Resolution == null)
            .Select(i => new { i.DonationId, i.RecurringGiftId }).ToListAsync(ct);
        foreach (var giftId in ids)
        {
            var stillWaiting = waitingInDatabase.Any(i => i.RecurringGiftId == giftId && !matcher.IsLoaded(i.DonationId))
                || matcher.InstalmentsOf(giftId).Any(i => i.AwaitsDecision);
            var gift = matcher.Gifts[giftId];
            if (!stillWaiting && gift.Status == RecurringGiftStatus.Suspended && !gift.IsCardExpiredOn(today))
            {
                gift.Resume(today);
            }
        }
    }

    private static CommandResult<ProviderImportReport> Fail(string message) => CommandResult<ProviderImportReport>.Fail(message);
}
