using System.Globalization;
using System.Security.Cryptography;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring.Reconciliation;

/// <summary>A bank statement or a provider settlement file to keep for the reconciliation.</summary>
public sealed record ImportReconciliationFileCommand(ProviderFileKind Kind, string FileName, ReadOnlyMemory<byte> Content);

public sealed record ReconciliationImportSummary(long ImportId, int Lines, int Recorded, IReadOnlyList<ImportProblem> Problems, string Message);

/// <summary>
/// Records the file's bank lines or settlements in one transaction. The same bytes a second time are refused;
/// a settlement already known (same channel and reference) is reported and not recorded again.
/// </summary>
public sealed class ImportReconciliationFileHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActorContext actor)
{
    public async Task<CommandResult<ReconciliationImportSummary>> HandleAsync(ImportReconciliationFileCommand command, CancellationToken ct = default)
    {
        if (command.Kind is not (ProviderFileKind.BankStatement or ProviderFileKind.ProviderSettlement))
        {
            return CommandResult<ReconciliationImportSummary>.Fail(Messages.Reconciliation_KindNotReconciliation);
        }

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(command.Content.Span));
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await AlreadyImportedAsync(db, command.Kind, sha256, ct) is { } refusal)
        {
            return CommandResult<ReconciliationImportSummary>.Fail(refusal);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var import = ProviderImport.Record(command.Kind, command.FileName, sha256, clock.GetUtcNow(), actor.Current.Name, 0, 0, 0, []);
        db.ProviderImports.Add(import);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            return CommandResult<ReconciliationImportSummary>.Fail(
                await AlreadyImportedAsync(fresh, command.Kind, sha256, ct) ?? Messages.Reconciliation_NothingUsable);
        }

        try
        {
            var (lines, recorded, problems, error) = command.Kind == ProviderFileKind.BankStatement
                ? RecordBankLines(db, import.Id, command.Content)
                : await RecordSettlementsAsync(db, import.Id, command.Content, ct);
            if (error is not null)
            {
                return CommandResult<ReconciliationImportSummary>.Fail(error);
            }

            if (recorded == 0)
            {
                return CommandResult<ReconciliationImportSummary>.Fail(
                    [Messages.Reconciliation_NothingUsable, .. problems.Select(p => $"Ligne {p.Line} : {p.Reason}")]);
            }

            import.Tally(lines, recorded, 0, problems);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return CommandResult<ReconciliationImportSummary>.Ok(new ReconciliationImportSummary(
                import.Id, lines, recorded, problems, string.Format(Messages.Reconciliation_ImportSummary, lines, recorded, problems.Count)));
        }
        catch (DomainException ex)
        {
            return CommandResult<ReconciliationImportSummary>.Fail(ex.Message);
        }
    }

    private static (int Lines, int Recorded, List<ImportProblem> Problems, string? Error) RecordBankLines(AppDbContext db, long importId, ReadOnlyMemory<byte> content)
    {
        var parsed = BankStatementFile.Parse(content);
        if (parsed.LineCount == 0)
        {
            return (0, 0, [], Messages.Reconciliation_FileEmpty);
        }

        var problems = parsed.Problems.ToList();
        foreach (var line in parsed.Lines)
        {
            db.BankStatementLines.Add(BankStatementLine.Read(importId, line.Line, line.BookedOn, line.Label, line.Amount));
        }

        return (parsed.LineCount, parsed.Lines.Count, problems, null);
    }

    private static async Task<(int Lines, int Recorded, List<ImportProblem> Problems, string? Error)> RecordSettlementsAsync(
        AppDbContext db, long importId, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var parsed = SettlementFile.Parse(content);
        if (parsed.FileError is not null)
        {
            return (0, 0, [], parsed.FileError);
        }

        var problems = parsed.Problems.ToList();
        var recorded = 0;
        foreach (var input in parsed.Settlements)
        {
            if (await db.ProviderSettlements.AnyAsync(s => s.Channel == input.Channel && s.Reference == input.Reference, ct))
            {
                problems.Add(new ImportProblem(input.Line, string.Format(Messages.Reconciliation_SettlementKnown, input.Reference), null));
                continue;
            }

            var items = input.Items.Select(i => SettlementItem.Of(i.TransactionId, i.Gross, i.Fee)).ToList();
            db.ProviderSettlements.Add(ProviderSettlement.FromProvider(input.Channel, input.Reference, input.SettledOn, importId, items));
            recorded++;
        }

        return (parsed.LineCount, recorded, problems.OrderBy(p => p.Line).ToList(), recorded == 0 && problems.Count == 0 ? Messages.Reconciliation_NoSettlement : null);
    }

    private static async Task<string?> AlreadyImportedAsync(AppDbContext db, ProviderFileKind kind, string sha256, CancellationToken ct)
    {
        var at = await db.ProviderImports.AsNoTracking().Where(i => i.Kind == kind && i.Sha256 == sha256)
            .Select(i => (DateTimeOffset?)i.ImportedAt).FirstOrDefaultAsync(ct);
        return at is { } when
            ? string.Format(Messages.Reconciliation_AlreadyImported, ParisTime.ToParis(when).ToString("dd/MM/yyyy à HH:mm", CultureInfo.InvariantCulture))
            : null;
    }
}
