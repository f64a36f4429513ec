using System.Globalization;
using CrmBlazor.Application.Organisation;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.Infrastructure.Memberships;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CrmBlazor.Application.Memberships;

/// <summary>When renewal requests (days before the end date) and reminders (days after it) go out.</summary>
public sealed class MembershipOptions
{
    public const string Section = "Memberships";

    public int[] RenewalDaysBefore { get; set; } = [30, 7];

    public int[] ReminderDaysAfter { get; set; } = [30, 60];

    /// <summary>The last reminder still goes out this many days late (a job that did not run for a while).</summary>
    public int LastReminderWindowDays { get; set; } = 30;

    /// <summary>The stages as offsets from the end date, earliest first: -30, -7, +30, +60 by default.</summary>
    public IReadOnlyList<int> Offsets() =>
        RenewalDaysBefore.Select(d => -Math.Abs(d)).Concat(ReminderDaysAfter.Select(Math.Abs)).Distinct().Order().ToList();
}

public sealed record ReminderOutcome(int Emails, int Letters, long? LetterBatchDocumentId);

/// <summary>
/// The renewal batches: for each stage (offset from the end date), the memberships whose stage is due today and not yet
/// reached by the next stage get one email (outbox) or one letter (a PDF of the day's letters, a document of the
/// association), recorded as a campaign reception on the contact. The unique (membership, end date, offset) key makes a
/// second run send nothing twice; a renewal moves the end date, so the next term gets its own requests.
/// </summary>
public sealed class MembershipReminderBatches(
    IDbContextFactory<AppDbContext> dbFactory, TimeProvider clock, ActorContext actor, IOptions<MembershipOptions> options,
    MembershipCardPdfRenderer renderer, IDocumentStore store)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public async Task<ReminderOutcome> RunAsync(CancellationToken ct = default)
    {
        var today = ParisTime.Today(clock);
        var offsets = options.Value.Offsets();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var organisation = (await OrganisationProfiles.LatestAsync(db, ct))?.Name ?? "";
        var emails = 0;
        var letters = new List<MembershipLetterModel>();
        for (var i = 0; i < offsets.Count; i++)
        {
            var offset = offsets[i];
            var nextOffset = i + 1 < offsets.Count ? offsets[i + 1] : offset + options.Value.LastReminderWindowDays;

            // Stage due (end + offset <= today) and the next one not yet due (end + next > today).
            var latestEnd = today.AddDays(-offset);
            var earliestEnd = today.AddDays(-nextOffset + 1);
            var due = await db.Memberships
                .Where(m => m.EndsOn != null && m.EndsOn >= earliestEnd && m.EndsOn <= latestEnd
                            && (MembershipStatuses.Member.Contains(m.Status) || m.Status == MembershipStatus.Expired))
                .Where(m => !db.MembershipReminders.Any(r => r.MembershipId == m.Id && r.EndsOn == m.EndsOn && r.OffsetDays == offset))
                .Join(db.Contacts.Where(c => c.DeceasedOn == null), m => m.ContactId, c => c.Id, (m, c) => new { Membership = m, Contact = c })
                .Join(db.MembershipTypes, x => x.Membership.TypeId, t => t.Id, (x, t) => new { x.Membership, x.Contact, TypeName = t.Name })
                .OrderBy(x => x.Membership.Id)
                .ToListAsync(ct);
            if (due.Count == 0)
            {
                continue;
            }

            var contactIds = due.Select(d => d.Contact.Id).ToList();
            var emailOf = (await db.ContactEmails.AsNoTracking()
                    .Where(e => contactIds.Contains(e.ContactId) && e.Status == EmailStatus.Valid)
                    .OrderByDescending(e => e.EnteredOn).ThenBy(e => e.Id)
                    .Select(e => new { e.ContactId, e.Address }).ToListAsync(ct))
                .GroupBy(e => e.ContactId).ToDictionary(g => g.Key, g => g.First().Address);
            var addressOf = (await db.ContactAddresses.AsNoTracking().Where(a => contactIds.Contains(a.ContactId) && a.IsMain).ToListAsync(ct))
                .GroupBy(a => a.ContactId).ToDictionary(g => g.Key, g => g.First().Parts);
            Campaign? emailCampaign = null;
            Campaign? letterCampaign = null;
            foreach (var item in due)
            {
                var membership = item.Membership;
                var (subject, body) = Texts(offset, item.Contact.DisplayName, item.TypeName, membership.EndsOn!.Value, organisation);
                if (emailOf.TryGetValue(item.Contact.Id, out var address))
                {
                    emailCampaign ??= await CampaignAsync(db, offset, CampaignChannel.Email, today, ct);
                    db.OutboxMessages.Add(OutboxMessage.Queue(item.Contact.Id, address, Clip(subject), body, null, clock.GetUtcNow()));
                    Record(db, membership, offset, ReminderChannel.Email, emailCampaign, today);
                    emails++;
                }
                else if (addressOf.TryGetValue(item.Contact.Id, out var parts))
                {
                    letterCampaign ??= await CampaignAsync(db, offset, CampaignChannel.Mail, today, ct);
                    letters.Add(new MembershipLetterModel(organisation, MailingAddress.Lines(item.Contact.DisplayName, parts), today, subject, body));
                    Record(db, membership, offset, ReminderChannel.Letter, letterCampaign, today);
                }
            }
        }

        long? batchDocumentId = null;
        if (letters.Count > 0)
        {
            var bytes = renderer.RenderLetters(letters);
            var key = await store.PutAsync(db, bytes, ct);
            var document = Document.Stored(
                null, DocumentKind.MembershipLetterBatch, string.Format(French, "Lettres de renouvellement d'adhésion du {0:dd/MM/yyyy} ({1})", today, letters.Count),
                $"lettres-adhesion-{today:yyyy-MM-dd}.pdf", "application/pdf", bytes.Length, key, clock.GetUtcNow(), actor.Current.Name);
            db.Documents.Add(document);
            batchDocumentId = document.Id;
        }

        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ReminderOutcome(emails, letters.Count, batchDocumentId);
    }

    private static void Record(AppDbContext db, Membership membership, int offset, ReminderChannel channel, Campaign campaign, DateOnly today)
    {
        db.MembershipReminders.Add(MembershipReminder.Record(membership, offset, channel, campaign.Id, today));
        db.CampaignReceptions.Add(CampaignReception.Record(membership.ContactId, campaign.Id, today));
    }

    /// <summary>One campaign per stage, channel and month (« ADH-30E-202611 »), so gifts that answer it are traced.</summary>
    private static async Task<Campaign> CampaignAsync(AppDbContext db, int offset, CampaignChannel channel, DateOnly today, CancellationToken ct)
    {
        var code = string.Create(CultureInfo.InvariantCulture, $"ADH{offset:+0;-0}{(channel == CampaignChannel.Email ? "E" : "C")}-{today:yyyyMM}");
        var existing = await db.Campaigns.FirstOrDefaultAsync(c => c.Code == code, ct);
        if (existing is not null)
        {
            return existing;
        }

        var stage = offset < 0 ? $"demande de renouvellement J{offset}" : $"relance d'adhésion J+{offset}";
        var campaign = Campaign.Create(code, string.Format(French, "Adhésions : {0} ({1}, {2:MMMM yyyy})", stage, channel == CampaignChannel.Email ? "courriel" : "courrier", today), channel, today);
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(ct);
        return campaign;
    }

    private static (string Subject, string Body) Texts(int offset, string name, string typeName, DateOnly endsOn, string organisation)
    {
        var end = endsOn.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        return offset < 0
            ? ($"Votre adhésion arrive à échéance le {end}",
               $"Bonjour {name},\n\nVotre adhésion « {typeName} » prend fin le {end}. Pour continuer à nous soutenir, pensez à la renouveler.\n\nMerci de votre fidélité.\n{organisation}")
            : ($"Votre adhésion a pris fin le {end}",
               $"Bonjour {name},\n\nVotre adhésion « {typeName} » a pris fin le {end}. Nous serions heureux de vous compter encore parmi nos adhérents : il suffit de la renouveler.\n\n{organisation}");
    }

    private static string Clip(string subject) => subject.Length <= OutboxMessage.SubjectMaxLength ? subject : subject[..OutboxMessage.SubjectMaxLength];
}
