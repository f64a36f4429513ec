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
        foreach (var fee in fees)
        {
            var membership = memberships[fee.MembershipId];
            var model = await ModelAsync(db, organisation, membership, fee, ct);
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

    public static async Task<MembershipCardModel> ModelAsync(AppDbContext db, string organisation, Membership membership, MembershipFee fee, CancellationToken ct)
    {
        var contact = await db.Contacts.AsNoTracking().SingleAsync(c => c.Id == fee.ContactId, ct);
        var typeName = await db.MembershipTypes.AsNoTracking().Where(t => t.Id == membership.TypeId).Select(t => t.Name).SingleAsync(ct);
        return new MembershipCardModel(organisation, contact.DisplayName, contact.MemberNumber, typeName, membership.StartsOn ?? fee.TermStartsOn, fee.TermEndsOn);
    }

    private static string Validity(MembershipCardModel card) =>
        card.ValidTo is { } to ? $"jusqu'au {to:dd/MM/yyyy}" : "à vie";
}
