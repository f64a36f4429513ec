using System.Text;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Documents;
using CrmBlazor.Application.Mail;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Mail;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Mail;

/// <summary>The platform's events export: per contact and campaign, once, and an unsubscribe stops email appeals.</summary>
public sealed class EmailEngagementTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string Export = """
        email;campagne;evenement;date;detail
        claire.petit@example.fr;{0};envoi;2026-03-02T09:00:00+01:00;
        claire.petit@example.fr;{0};ouverture;02/03/2026 10:15;
        claire.petit@example.fr;{0};clic;02/03/2026 10:16;https://amis-oiseaux.fr/don
        Claire.Petit@example.fr;{0};désinscription;02/03/2026 10:17;
        marc.durand@example.fr;{0};envoi;2026-03-02T09:00:00+01:00;
        marc.durand@example.fr;{0};rejet;2026-03-02T09:01:00+01:00;550 5.1.1 User unknown
        inconnu@example.fr;{0};ouverture;02/03/2026 11:00;
        """;

    [Fact]
    public async Task Importing_the_events_fills_the_tab_per_campaign_stops_email_appeals_on_unsubscribe_and_a_second_import_adds_nothing()
    {
        var campaign = await App.WithDbAsync(async db =>
        {
            var row = Domain.Campaigns.Campaign.Create("EM2603", "Email de printemps", Domain.Campaigns.CampaignChannel.Email, new DateOnly(2026, 3, 1));
            db.Campaigns.Add(row);
            await db.SaveChangesAsync();
            return row.Id;
        });
        var claire = await App.CreatePersonAsync("Petit", "Claire", Civility.Madame, email: "claire.petit@example.fr");
        var marc = await App.CreatePersonAsync("Durand", "Marc", Civility.Monsieur, email: "marc.durand@example.fr");
        var file = Encoding.UTF8.GetBytes(string.Format(Export, "EM2603"));

        var first = await ImportAsync(file);

        Assert.Equal((7, 6, 1, 1, 1), (first.Read, first.Added, first.UnknownAddresses, first.MadeUnusable, first.Unsubscribed));
        var contact = await App.QueryAsync(db => db.Contacts.AsNoTracking().SingleAsync(c => c.Id == claire.Id));
        Assert.Equal(new DateOnly(2026, 3, 2), contact.EmailAppealsStoppedOn);
        Assert.False(contact.AcceptsEmailAppeals);
        Assert.Equal(EmailStatus.Unusable, await App.QueryAsync(db => db.ContactEmails.Where(e => e.ContactId == marc.Id).Select(e => e.Status).SingleAsync()));
        var tab = await App.ActAsync(MailTestData.Admin, s => s.GetRequiredService<ContactEmailEngagementHandler>().HandleAsync(claire.Id, new PageRequest(0, 25)));
        Assert.Equal(4, tab.TotalCount);
        Assert.Equal(EmailEventKind.Unsubscribe, tab.Items[0].Kind);
        Assert.All(tab.Items, r => Assert.Equal("EM2603", r.CampaignCode));
        var summary = Assert.Single(await App.ActAsync(MailTestData.Admin, s => s.GetRequiredService<ContactEmailEngagementHandler>().SummaryAsync(claire.Id)));
        Assert.Equal((1, 1, 1, 0, 1), (summary.Sent, summary.Opens, summary.Clicks, summary.Bounces, summary.Unsubscribes));
        Assert.True(campaign > 0);

        var second = await ImportAsync(file);
        Assert.Equal((0, 0, 0), (second.Added, second.MadeUnusable, second.Unsubscribed));
        Assert.Equal(6, await App.QueryAsync(db => db.EmailEvents.CountAsync()));
    }

    [Fact]
    public async Task A_file_with_an_unknown_event_or_a_bad_date_is_refused_whole_with_the_lines_to_fix()
    {
        await App.CreatePersonAsync("Petit", "Claire", Civility.Madame, email: "claire.petit@example.fr");
        var file = Encoding.UTF8.GetBytes("email;evenement;date\r\nclaire.petit@example.fr;ouverture;02/03/2026 10:15\r\nclaire.petit@example.fr;transfert;02/03/2026\r\nclaire.petit@example.fr;clic;demain\r\n");

        var result = await App.ActAsync(MailTestData.Admin, s => s.GetRequiredService<ImportEmailEventsHandler>().HandleAsync(new ImportEmailEvents("events.csv", file)));

        Assert.False(result.Succeeded);
        var message = Assert.Single(result.Errors);
        Assert.Contains("Ligne 3", message, StringComparison.Ordinal);
        Assert.Contains("transfert", message, StringComparison.Ordinal);
        Assert.Contains("Ligne 4", message, StringComparison.Ordinal);
        Assert.Equal(0, await App.QueryAsync(db => db.EmailEvents.CountAsync()));
    }

    private async Task<EmailEventsApplied> ImportAsync(byte[] file)
    {
        var result = await App.ActAsync(MailTestData.Admin, s => s.GetRequiredService<ImportEmailEventsHandler>().HandleAsync(new ImportEmailEvents("events.csv", file)));
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value!;
    }
}
