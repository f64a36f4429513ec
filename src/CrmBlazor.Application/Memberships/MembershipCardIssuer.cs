using CrmBlazor.Application.Organisation;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Memberships;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Memberships;

/// <summary>
/// After a fee is paid, in the payment's transaction: the card's PDF is stored as a document of the contact, then queued in
/// the outbox for a contact with a valid email, or left for the next print batch. One card per fee (unique index).
/// </summary>
public sealed class MembershipCardIssuer(MembershipCardPdfRenderer renderer, IDocumentStore store, TimeProvider clock, ActorContext actor)
{
    /// <summary>Adds the cards of <paramref name="fees"/> (already added to <paramref name="db"/>) to the unit of work.</summary>
    public async Task IssueAsync(AppDbContext db, IReadOnlyList<MembershipFee> fees, IReadOnlyDictionary<long, Membership> memberships, CancellationToken ct)
    {
        if (fees.Count == 0)
        {
            return;
        }

        var organisation = (await OrganisationProfiles.LatestAsync(db, ct))?.Name ?? "";
        var models = await ModelsAsync(db, organisation, fees.Select(f => (memberships[f.MembershipId], f)).ToList(), ct);
        foreach (var (fee, model) in fees.Zip(models))
        {
            var bytes = renderer.RenderCards([model]);
            var key = await store.PutAsync(db, bytes, ct);
            var at = clock.GetUtcNow();
            var document = Document.Stored(
                fee.ContactId, DocumentKind.MembershipCard, $"Carte d'adhérent {model.TypeName} — {Validity(model)}",
                $"carte-adherent-{model.MemberNumber}-{fee.TermStartsOn:yyyy-MM-dd}.pdf", "application/pdf", bytes.Length, key, at, actor.Current.Name);
            db.Documents.Add(document);
            var email = await db.ContactEmails.AsNoTracking()
                .Where(e => e.ContactId == fee.ContactId && e.Status == EmailStatus.Valid)
                .OrderByDescending(e => e.EnteredOn).Select(e => e.Address).FirstOrDefaultAsync(ct);
            if (email is null)
            {
                db.MembershipCards.Add(MembershipCard.ToPrint(fee, document.Id, at));
                continue;
            }

            var message = OutboxMessage.Queue(
                fee.ContactId, email, $"Votre carte d'adhérent {organisation}".Trim(),
                $"Bonjour {model.MemberName},\n\nMerci pour votre adhésion « {model.TypeName} ». Vous trouverez ci-joint votre carte d'adhérent "
                + $"({Validity(model)}).\n\n{organisation}",
                document.Id, at);

            // HiLo ids: the document and the outbox row have theirs on Add, so the card points at them in the same save.
            db.OutboxMessages.Add(message);
            db.MembershipCards.Add(MembershipCard.Emailed(fee, document.Id, message.Id, at));
        }
    }

    /// <summary>The cards' texts, in the order given: the contacts and types are read once for all of them.</summary>
    public static async Task<List<MembershipCardModel>> ModelsAsync(
        AppDbContext db, string organisation, IReadOnlyList<(Membership Membership, MembershipFee Fee)> cards, CancellationToken ct)
    {
        var contactIds = cards.Select(c => c.Fee.ContactId).Distinct().ToList();
        var contacts = await db.Contacts.AsNoTracking().Where(c => contactIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, ct);
        var typeIds = cards.Select(c => c.Membership.TypeId).Distinct().ToList();
        var types = await db.MembershipTypes.AsNoTracking().Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => t.Name, ct);
        return cards.Select(c =>
        {
            var contact = contacts[c.Fee.ContactId];
            return new MembershipCardModel(
                organisation, contact.DisplayName, contact.MemberNumber, types[c.Membership.TypeId], c.Membership.StartsOn ?? c.Fee.TermStartsOn, c.Fee.TermEndsOn);
        }).ToList();
    }

    private static string Validity(MembershipCardModel card) =>
        card.ValidTo is { } to ? $"jusqu'au {to:dd/MM/yyyy}" : "à vie";
}
