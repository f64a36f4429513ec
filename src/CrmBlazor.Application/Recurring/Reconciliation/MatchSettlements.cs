using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring.Reconciliation;

public sealed record ReconciliationRunResult(int Matched, int InstalmentsReconciled, int SepaRemittancesAdded, string Summary);

/// <summary>
/// The rapprochement: every SEPA remittance (instalments of one pain.008 file and collection date) becomes a
/// settlement, then <see cref="SettlementMatcher"/> pairs the unmatched settlements with the unmatched bank credits,
/// and each matched settlement's instalments are marked reconciled — all in one transaction.
/// </summary>
public sealed class MatchSettlementsHandler(IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock)
{
    public async Task<CommandResult<ReconciliationRunResult>> HandleAsync(CancellationToken ct = default)
    {
        var today = ParisTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var added = await AddSepaRemittancesAsync(db, ct);

        var settlements = await db.ProviderSettlements.Where(s => s.BankLineId == null).ToListAsync(ct);
        var earliest = settlements.Count == 0 ? today : settlements.Min(s => s.SettledOn);
        var credits = await db.BankStatementLines.Where(l => l.SettlementId == null && l.Amount > 0 && l.BookedOn >= earliest).ToListAsync(ct);
        var pairs = SettlementMatcher.Pair(settlements, credits);
        var reconciled = 0;
        try
        {
            foreach (var (settlement, line) in pairs)
            {
                settlement.Match(line, today);
                foreach (var instalment in await InstalmentsOfAsync(db, settlement, ct))
                {
                    if (instalment.ReconciledOn is null)
                    {
                        instalment.Reconcile(today);
                        reconciled++;
                    }
                }
            }

            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
        }
        catch (DomainException ex)
        {
            return CommandResult<ReconciliationRunResult>.Fail(ex.Message);
        }
        catch (DbUpdateException)
        {
            // Another Superviseur matched the same lines at the same moment: the unique indexes refused the second.
            return CommandResult<ReconciliationRunResult>.Fail(Messages.Reconciliation_Concurrent);
        }

        return CommandResult<ReconciliationRunResult>.Ok(new ReconciliationRunResult(
            pairs.Count, reconciled, added, string.Format(Messages.Reconciliation_MatchSummary, pairs.Count, reconciled, added)));
    }

    /// <summary>The instalments a settlement paid: its transactions' (PayPal, PayZen), or its file and collection date's (SEPA).</summary>
    public static Task<List<Instalment>> InstalmentsOfAsync(AppDbContext db, ProviderSettlement settlement, CancellationToken ct)
    {
        if (settlement.Channel == RecurringChannel.DirectDebit)
        {
            return db.Instalments
                .Where(i => i.SepaFileId == settlement.SepaFileId && i.CollectOn == settlement.CollectOn
                    && (i.Status == InstalmentStatus.Pending || i.Status == InstalmentStatus.Collected))
                .ToListAsync(ct);
        }

        var ids = db.SettlementItems.Where(item => item.SettlementId == settlement.Id).Select(item => item.TransactionId);
        var byTransaction = db.ProviderTransactions
            .Where(t => t.Channel == settlement.Channel && t.Outcome == TransactionOutcome.Collected && ids.Contains(t.TransactionId))
            .Select(t => t.InstalmentId);
        return db.Instalments
            .Where(i => i.Channel == settlement.Channel && i.Status == InstalmentStatus.Collected
                && (ids.Contains(i.ProviderTransactionId!) || byTransaction.Contains(i.DonationId)))
            .ToListAsync(ct);
    }

    /// <summary>
    /// One settlement per pain.008 file and collection date not yet known: the bank credits the whole remittance,
    /// so every instalment presented counts (returns come back later as separate debits).
    /// </summary>
    private static async Task<int> AddSepaRemittancesAsync(AppDbContext db, CancellationToken ct)
    {
        var groups = await db.Instalments.AsNoTracking()
            .Where(i => i.Channel == RecurringChannel.DirectDebit && i.SepaFileId != null && i.Status != InstalmentStatus.Cancelled
                && !db.ProviderSettlements.Any(s => s.SepaFileId == i.SepaFileId && s.CollectOn == i.CollectOn))
            .GroupBy(i => new { FileId = i.SepaFileId!.Value, i.CollectOn })
            .Select(g => new { g.Key.FileId, g.Key.CollectOn, Gross = g.Sum(i => i.Amount) })
            .ToListAsync(ct);
        foreach (var group in groups)
        {
            db.ProviderSettlements.Add(ProviderSettlement.SepaRemittance(group.FileId, group.CollectOn, group.Gross));
        }

        if (groups.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return groups.Count;
    }
}
