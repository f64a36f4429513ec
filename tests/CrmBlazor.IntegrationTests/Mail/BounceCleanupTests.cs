using System.Text;
using CrmBlazor.Application.Mail;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Journal;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CrmBlazor.IntegrationTests.Mail;

/// <summary>The nightly bounce cleanup on real-shaped DSNs in a Maildir and on the platform's bounce export.</summary>
public sealed class BounceCleanupTests(CrmAppFixture app) : IntegrationTest(app), IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("crm-bounces-").FullName;

    private string Maildir => Path.Combine(_root, "Maildir");

    private string Inbox => Path.Combine(_root, "exports");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_postfix_permanent_failure_and_a_delayed_report_are_read_with_their_status_and_diagnostic()
    {
        var permanent = DeliveryStatusReports.Read(MimeMessage.Load(Fixture("permanent-5.1.1-postfix.eml")));
        var temporary = DeliveryStatusReports.Read(MimeMessage.Load(Fixture("temporary-4.2.2-delayed.eml")));

        var p = Assert.Single(permanent);
        Assert.Equal(("paul.ancien@orange.example", BounceKind.Permanent, EmailEventKind.Bounce), (p.Address, p.Bounce!.Value, p.Kind));
        Assert.StartsWith("5.1.1 550 5.1.1", p.Detail, StringComparison.Ordinal);
        Assert.Contains("User unknown in virtual mailbox table", p.Detail, StringComparison.Ordinal);
        Assert.Equal(new DateTimeOffset(2026, 3, 10, 1, 13, 7, TimeSpan.Zero), p.OccurredAt);
        var t = Assert.Single(temporary);
        Assert.Equal(("lucie.pleine@free.example", BounceKind.Temporary), (t.Address, t.Bounce!.Value));
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 5, 40, 12, TimeSpan.Zero), t.OccurredAt);
    }

    [Fact]
    public async Task The_cleanup_marks_a_permanent_bounce_unusable_at_once_and_counts_temporary_ones_up_to_the_limit()
    {
        var paul = await App.CreatePersonAsync("Ancien", "Paul", Civility.Monsieur, email: "paul.ancien@orange.example");
        var lucie = await App.CreatePersonAsync("Pleine", "Lucie", Civility.Madame, email: "Lucie.Pleine@free.example");
        Drop("permanent-5.1.1-postfix.eml", "1773105189.M1P1.mx");
        Drop("temporary-4.2.2-delayed.eml", "1773207612.M2P1.mx");
        // Two more delays on later days: the third temporary bounce makes the address unusable (limit 3).
        Drop("temporary-4.2.2-delayed.eml", "1773294012.M3P1.mx", "11 Mar 2026 06:40:12", "12 Mar 2026 06:40:12");
        Drop("temporary-4.2.2-delayed.eml", "1773380412.M4P1.mx", "11 Mar 2026 06:40:12", "13 Mar 2026 06:40:12");
        File.WriteAllText(Path.Combine(Maildir, "new", "1773380499.M5P1.mx"), "From: quelqu'un\r\nSubject: Absent du bureau\r\n\r\nJe suis absent.\r\n");

        var first = await RunAsync(temporaryLimit: 3);

        var emails = await App.QueryAsync(db => db.ContactEmails.AsNoTracking().ToListAsync());
        var dead = emails.Single(e => e.ContactId == paul.Id);
        Assert.Equal((EmailStatus.Unusable, new DateOnly(2026, 3, 10)), (dead.Status, dead.UnusableSince!.Value));
        Assert.Contains("5.1.1", dead.UnusableReason, StringComparison.Ordinal);
        var full = emails.Single(e => e.ContactId == lucie.Id);
        Assert.Equal((EmailStatus.Unusable, 3, new DateOnly(2026, 3, 13)), (full.Status, full.TemporaryBounces, full.UnusableSince!.Value));
        Assert.Contains("4.2.2", full.UnusableReason, StringComparison.Ordinal);
        Assert.Equal((5, 4, 2), (first.Reports, first.Bounces, first.MadeUnusable));
        Assert.Empty(Directory.GetFiles(Path.Combine(Maildir, "new")));
        Assert.Equal(5, Directory.GetFiles(Path.Combine(Maildir, "cur"), "*:2,S").Length);
        var journal = await App.JournalAsync();
        Assert.Contains(journal, j => j.EntityType == "contact_emails" && j.ContactId == paul.Id && j.Changes.Any(c => c.Field == "Status" && c.New == "Unusable"));
        Assert.Contains(journal, j => j.EntityType == "email_events" && j.ContactId == lucie.Id);

        // The same reports delivered again (a crash before the move) change nothing.
        Drop("temporary-4.2.2-delayed.eml", "again.mx");
        var again = await RunAsync(temporaryLimit: 3);
        Assert.Equal(0, again.MadeUnusable);
        Assert.Equal(4, await App.QueryAsync(db => db.EmailEvents.CountAsync()));
    }

    [Fact]
    public async Task A_temporary_bounce_below_the_limit_leaves_the_address_usable_and_the_platform_export_is_applied_once()
    {
        var lucie = await App.CreatePersonAsync("Pleine", "Lucie", Civility.Madame, email: "lucie.pleine@free.example");
        var marc = await App.CreatePersonAsync("Durand", "Marc", Civility.Monsieur, email: "marc.durand@sfr.example");
        Directory.CreateDirectory(Inbox);
        var export = "email;date;statut;diagnostic\r\nmarc.durand@sfr.example;09/03/2026 22:10;5.1.1;Mailbox does not exist\r\ninconnu@nulle-part.example;09/03/2026 22:11;5.1.1;No such user\r\n";
        File.WriteAllText(Path.Combine(Inbox, "rejets-2026-03-09.csv"), export, Encoding.UTF8);
        Drop("temporary-4.2.2-delayed.eml", "1773207612.M2P1.mx");

        var result = await RunAsync(temporaryLimit: 3);

        var emails = await App.QueryAsync(db => db.ContactEmails.AsNoTracking().ToListAsync());
        Assert.Equal((EmailStatus.Valid, 1), (emails.Single(e => e.ContactId == lucie.Id).Status, emails.Single(e => e.ContactId == lucie.Id).TemporaryBounces));
        var marcEmail = emails.Single(e => e.ContactId == marc.Id);
        Assert.Equal((EmailStatus.Unusable, new DateOnly(2026, 3, 9)), (marcEmail.Status, marcEmail.UnusableSince!.Value));
        Assert.Equal((1, 1, 1), (result.Files, result.MadeUnusable, result.UnknownAddresses));
        Assert.True(File.Exists(Path.Combine(Inbox, "done", "rejets-2026-03-09.csv")));

        // The same export dropped again adds nothing and counts nothing twice.
        File.WriteAllText(Path.Combine(Inbox, "rejets-2026-03-09-bis.csv"), export, Encoding.UTF8);
        await RunAsync(temporaryLimit: 3);
        Assert.Equal(2, await App.QueryAsync(db => db.EmailEvents.CountAsync()));
    }

    [Fact]
    public async Task An_export_with_a_bad_line_is_refused_whole_and_set_aside()
    {
        await App.CreatePersonAsync("Durand", "Marc", Civility.Monsieur, email: "marc.durand@sfr.example");
        Directory.CreateDirectory(Inbox);
        File.WriteAllText(Path.Combine(Inbox, "rejets.csv"), "email;date;statut\r\nmarc.durand@sfr.example;09/03/2026;5.1.1\r\nx@y.example;hier;5.1.1\r\n");

        var result = await RunAsync(temporaryLimit: 3);

        Assert.Contains(result.Refused, r => r.Contains("rejets.csv", StringComparison.Ordinal) && r.Contains("Ligne 3", StringComparison.Ordinal));
        Assert.Equal(EmailStatus.Valid, await App.QueryAsync(db => db.ContactEmails.Select(e => e.Status).SingleAsync()));
        Assert.True(File.Exists(Path.Combine(Inbox, "refused", "rejets.csv")));
    }

    private Task<BounceCleanupResult> RunAsync(int temporaryLimit) =>
        App.ActAsync(Actor.System("nettoyage des rejets d'emails"), s =>
        {
            var options = Options.Create(new MailOptions { BounceMaildir = Maildir, BounceExportInbox = Inbox, TemporaryBounceLimit = temporaryLimit });
            var writer = new EmailEventWriter(
                s.GetRequiredService<IDbContextFactory<Infrastructure.Data.AppDbContext>>(), options, s.GetRequiredService<ActorContext>(), TimeProvider.System);
            return new BounceCleanup(writer, options, s.GetRequiredService<ILogger<BounceCleanup>>()).RunAsync();
        });

    private void Drop(string fixture, string name, string? replace = null, string? with = null)
    {
        Directory.CreateDirectory(Path.Combine(Maildir, "new"));
        var text = File.ReadAllText(Fixture(fixture));
        if (replace is not null)
        {
            text = text.Replace(replace, with!, StringComparison.Ordinal);
        }

        File.WriteAllText(Path.Combine(Maildir, "new", name), text);
    }

    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Mail", "Fixtures", name);
}
