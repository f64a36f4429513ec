using CrmBlazor.Application.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Recurring.Reconciliation;

public sealed record MatchedSettlementRow(
    long SettlementId, RecurringChannel Channel, string Reference, DateOnly SettledOn, decimal Credit, DateOnly BookedOn, string Label, DateOnly MatchedOn);

public sealed record BankCreditRow(long Id, DateOnly BookedOn, string Label, decimal Amount);

public sealed record SettlementRow(long Id, RecurringChannel Channel, string Reference, DateOnly SettledOn, decimal Gross, decimal Fee, decimal Credit);

public sealed record UnsettledInstalmentRow(
    long DonationId, long ContactId, long MemberNumber, string ContactName, RecurringChannel Channel, DateOnly CollectedOn, decimal Amount, string? TransactionId);

/// <summary>What the rapprochement matched and the three lists of what stays unmatched, each paged by the database.</summary>
public sealed class ReconciliationListsHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<PagedResult<MatchedSettlementRow>> MatchedAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ProviderSettlements.AsNoTracking().Where(s => s.BankLineId != null)
            .Join(db.BankStatementLines, s => s.BankLineId, l => l.Id, (s, l) => new { s, l });
        var items = await query.OrderByDescending(x => x.l.BookedOn).ThenByDescending(x => x.s.Id).Skip(page.Skip).Take(page.Take)
            .Select(x => new MatchedSettlementRow(
                x.s.Id, x.s.Channel, x.s.Reference, x.s.SettledOn, x.l.Amount, x.l.BookedOn, x.l.Label, x.s.MatchedOn!.Value))
            .ToListAsync(ct);
        return new PagedResult<MatchedSettlementRow>(items, await query.CountAsync(ct));
    }

    public async Task<PagedResult<BankCreditRow>> UnmatchedCreditsAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.BankStatementLines.AsNoTracking().Where(l => l.SettlementId == null && l.Amount > 0);
        var items = await query.OrderBy(l => l.BookedOn).ThenBy(l => l.Id).Skip(page.Skip).Take(page.Take)
            .Select(l => new BankCreditRow(l.Id, l.BookedOn, l.Label, l.Amount)).ToListAsync(ct);
        return new PagedResult<BankCreditRow>(items, await query.CountAsync(ct));
    }

    public async Task<PagedResult<SettlementRow>> UnmatchedSettlementsAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.ProviderSettlements.AsNoTracking().Where(s => s.BankLineId == null);
        var items = await query.OrderBy(s => s.SettledOn).ThenBy(s => s.Id).Skip(page.Skip).Take(page.Take)
            .Select(s => new SettlementRow(s.Id, s.Channel, s.Reference, s.SettledOn, s.Gross, s.Fee, s.Channel == RecurringChannel.DirectDebit ? s.Gross : s.Net))
            .ToListAsync(ct);
        return new PagedResult<SettlementRow>(items, await query.CountAsync(ct));
    }

    /// <summary>Collected, not reconciled, and in no settlement yet: no settlement lists its transaction, or no SEPA remittance its file and date.</summary>
    public async Task<PagedResult<UnsettledInstalmentRow>> UnsettledInstalmentsAsync(PageRequest page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var query = db.Instalments.AsNoTracking()
            .Where(i => i.Status == InstalmentStatus.Collected && i.ReconciledOn == null)
            .Where(i => i.Channel == RecurringChannel.DirectDebit
                ? !db.ProviderSettlements.Any(s => s.SepaFileId == i.SepaFileId && s.CollectOn == i.CollectOn)
                : !db.SettlementItems.Any(item => item.TransactionId == i.ProviderTransactionId)
                    && !db.ProviderTransactions.Any(t => t.InstalmentId == i.DonationId && t.Outcome == TransactionOutcome.Collected
                        && db.SettlementItems.Any(item => item.TransactionId == t.TransactionId)))
            .Join(db.Contacts, i => i.ContactId, c => c.Id, (i, c) => new { i, c });
        var rows = await query.OrderBy(x => x.i.CollectedOn).ThenBy(x => x.i.DonationId).Skip(page.Skip).Take(page.Take)
            .Select(x => new
            {
                x.i.DonationId, x.i.ContactId, x.c.MemberNumber, x.c.Kind, x.c.Civility, x.c.FirstName, x.c.LastName, x.c.OrganisationName,
                x.i.Channel, x.i.CollectedOn, x.i.Amount, x.i.ProviderTransactionId,
            })
            .ToListAsync(ct);
        var items = rows.Select(r => new UnsettledInstalmentRow(
            r.DonationId, r.ContactId, r.MemberNumber, ContactNames.Display(r.Kind, r.Civility, r.FirstName, r.LastName, r.OrganisationName),
            r.Channel, r.CollectedOn!.Value, r.Amount, r.ProviderTransactionId)).ToList();
        return new PagedResult<UnsettledInstalmentRow>(items, await query.CountAsync(ct));
    }
}
