using CrmBlazor.Application.Common;
using CrmBlazor.Application.Organisation;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Memberships;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Memberships;

public sealed record BatchDocument(long Id, string Title, DateTimeOffset CreatedAt);

/// <summary>
/// The memberships at a glance: members (new, current, grace) apart from non-members (pending, expired, cancelled),
/// the cards waiting for print, and the latest print and letter batches.
/// </summary>
public sealed record MembershipsOverview(
    IReadOnlyDictionary<MembershipStatus, int> ByStatus, int Members, int ContactsWhoAreMembers, int CardsAwaitingPrint,
    IReadOnlyList<BatchDocument> LatestBatches);

public sealed class MembershipsOverviewHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    public async Task<MembershipsOverview> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var byStatus = await db.Memberships.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var contacts = await db.Memberships.AsNoTracking().Where(m => MembershipStatuses.Member.Contains(m.Status)).Select(m => m.ContactId).Distinct().CountAsync(ct);
        var awaiting = await db.MembershipCards.CountAsync(c => c.Status == MembershipCardStatus.AwaitingPrint, ct);
        var batches = await db.Documents.AsNoTracking()
            .Where(d => d.Kind == DocumentKind.MembershipCardPrintBatch || d.Kind == DocumentKind.MembershipLetterBatch)
            .OrderByDescending(d => d.CreatedAt).Take(10).Select(d => new BatchDocument(d.Id, d.Title, d.CreatedAt)).ToListAsync(ct);
        return new MembershipsOverview(
            Enum.GetValues<MembershipStatus>().ToDictionary(s => s, s => byStatus.GetValueOrDefault(s)),
            MembershipStatuses.Member.Sum(s => byStatus.GetValueOrDefault(s)), contacts, awaiting, batches);
    }
}

/// <summary>
/// The print batch: every card waiting for print in one PDF (ten to a sheet), stored as a document of the association,
/// the cards marked printed in the same transaction (a second click finds none left).
/// </summary>
public sealed class PrintMembershipCardsHandler(
    IDbContextFactory<AppDbContext> dbFactory, MembershipCardPdfRenderer renderer, IDocumentStore store, TimeProvider clock, ActorContext actor)
{
    public async Task<CommandResult<long?>> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var cards = await db.MembershipCards.FromSql($"SELECT * FROM membership_cards WHERE status = 'AwaitingPrint' ORDER BY id FOR UPDATE SKIP LOCKED").ToListAsync(ct);
        if (cards.Count == 0)
        {
            return CommandResult<long?>.Ok(null);
        }

        var organisation = (await OrganisationProfiles.LatestAsync(db, ct))?.Name ?? "";
        var feeIds = cards.Select(c => c.FeeId).ToList();
        var fees = await db.MembershipFees.AsNoTracking().Where(f => feeIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, ct);
        var membershipIds = cards.Select(c => c.MembershipId).Distinct().ToList();
        var memberships = await db.Memberships.AsNoTracking().Where(m => membershipIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, ct);
        var models = await MembershipCardIssuer.ModelsAsync(db, organisation, cards.Select(c => (memberships[c.MembershipId], fees[c.FeeId])).ToList(), ct);

        var bytes = renderer.RenderCards(models);
        var key = await store.PutAsync(db, bytes, ct);
        var now = clock.GetUtcNow();
        var document = Document.Stored(
            null, DocumentKind.MembershipCardPrintBatch, $"Cartes d'adhérent à imprimer ({cards.Count}) — {Domain.Common.ParisTime.ToParis(now):dd/MM/yyyy HH:mm}",
            $"cartes-adherent-{Domain.Common.ParisTime.ToParis(now):yyyy-MM-dd-HHmm}.pdf", "application/pdf", bytes.Length, key, now, actor.Current.Name);
        db.Documents.Add(document);
        foreach (var card in cards)
        {
            card.Printed(document.Id);
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return CommandResult<long?>.Ok(document.Id);
    }
}
