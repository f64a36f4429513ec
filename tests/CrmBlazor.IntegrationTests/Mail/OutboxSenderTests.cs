using CrmBlazor.Application.Mail;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.Receipts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MimeKit;
using Npgsql;
using UglyToad.PdfPig;

namespace CrmBlazor.IntegrationTests.Mail;

/// <summary>The outbox sender against a real SMTP server on loopback: what arrives, retries, refusals.</summary>
public sealed class OutboxSenderTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_annual_run_email_arrives_with_the_original_receipt_attached_and_the_send_is_journaled_on_the_donor()
    {
        await using var smtp = new LoopbackSmtpServer();
        await App.UseSmtpAsync(smtp);
        var clock = new TestClock(TestClock.Future);
        await App.IssuerAsync();
        var donor = await App.DonorAsync("Lefèvre", "69003", ReceiptPreference.ByEmail, email: "jeanne.lefevre@example.fr", firstName: "Jeanne");
        await App.GiftAsync(donor, 80m, new DateOnly(2030, 4, 2));
        var runId = await App.ActAsync(ReceiptTestData.Supervisor, async s =>
        {
            var service = RunService(s, clock);
            var started = await service.StartAsync(ReceiptKind.Annual, 2030);
            await service.RunAsync(started.Value, CancellationToken.None);
            return started.Value;
        });

        var result = await App.SendAsync(clock);

        Assert.Equal((1, 0, 0), (result.Sent, result.Retrying, result.Failed));
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("jeanne.lefevre@example.fr", Assert.Single(smtp.Recipients));
        Assert.Equal("dons@amis-oiseaux.fr", mail.From.Mailboxes.Single().Address);
        Assert.Contains("2030", mail.Subject, StringComparison.Ordinal);
        var receipt = Assert.Single(await App.ReceiptsAsync());
        Assert.Contains(receipt.Number, mail.TextBody, StringComparison.Ordinal);
        var attachment = Assert.IsType<MimePart>(Assert.Single(mail.Attachments));
        Assert.Equal($"recu-fiscal-{receipt.Number}.pdf", attachment.FileName);
        var text = PdfText(attachment);
        Assert.Contains(receipt.Number, text, StringComparison.Ordinal);
        Assert.DoesNotContain("DUPLICATA", text, StringComparison.Ordinal);

        var message = await App.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync());
        Assert.Equal((OutboxStatus.Sent, 1, clock.Now), (message.Status, message.Attempts, message.SentAt!.Value));
        var journal = await App.JournalAsync();
        Assert.Contains(journal, j => j.EntityType == "outbox_messages" && j.Action == JournalAction.Updated && j.ContactId == donor);
        Assert.True(runId > 0);

        // The record's Documents tab shows the email delivery and its state.
        var documents = await App.ActAsync(ReceiptTestData.Supervisor, s =>
            s.GetRequiredService<Application.Documents.ContactDocumentsHandler>().HandleAsync(donor, new Application.Common.PageRequest(0, 25)));
        var delivery = Assert.Single(Assert.Single(documents.Items).Deliveries, d => d.Channel == Domain.Documents.DeliveryChannel.Email);
        Assert.Equal(("jeanne.lefevre@example.fr", OutboxStatus.Sent), (delivery.Recipient, delivery.Email!.Status));
    }

    [Fact]
    public async Task A_receipt_emailed_again_from_the_record_goes_as_a_duplicata()
    {
        await using var smtp = new LoopbackSmtpServer();
        await App.UseSmtpAsync(smtp);
        var clock = new TestClock(TestClock.Future);
        await App.IssuerAsync();
        var donor = await App.DonorAsync("Roux", "13001", ReceiptPreference.ByEmail, email: "paul.roux@example.fr", firstName: "Paul");
        await App.GiftAsync(donor, 30m, new DateOnly(2030, 5, 5));
        await App.ActAsync(ReceiptTestData.Supervisor, async s =>
        {
            var service = RunService(s, clock);
            var started = await service.StartAsync(ReceiptKind.Annual, 2030);
            return await service.RunAsync(started.Value, CancellationToken.None);
        });
        var receiptId = await App.QueryAsync(db => db.TaxReceipts.Select(r => r.Id).SingleAsync());
        var emailId = await App.QueryAsync(db => db.ContactEmails.Where(e => e.ContactId == donor).Select(e => e.Id).SingleAsync());
        var queued = await App.ActAsync(ReceiptTestData.Supervisor, s => new EmailReceiptHandler(
            s.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Data.AppDbContext>>(),
            s.GetRequiredService<Infrastructure.Journal.ActorContext>(), clock).HandleAsync(new EmailReceipt(receiptId, emailId)));
        Assert.True(queued.Succeeded);

        await App.SendAsync(clock);

        Assert.Equal(2, smtp.Received.Count);
        var texts = smtp.Received.Select(m => PdfText(Assert.IsType<MimePart>(Assert.Single(m.Attachments)))).ToList();
        Assert.Single(texts, t => !t.Contains("DUPLICATA", StringComparison.Ordinal));
        Assert.Single(texts, t => t.Contains("DUPLICATA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_message_the_server_refuses_for_now_is_retried_after_its_back_off_and_then_sent()
    {
        await using var smtp = new LoopbackSmtpServer();
        await App.UseSmtpAsync(smtp);
        var clock = new TestClock(TestClock.Future);
        var contact = await App.CreatePersonAsync("Bernard", "Luc", Civility.Monsieur);
        var id = await App.QueueAsync(contact.Id, "luc.bernard@example.fr", clock);
        smtp.RefuseNext("451 4.3.0 Mailbox temporarily unavailable");

        var first = await App.SendAsync(clock);

        var waiting = await App.MessageAsync(id);
        Assert.Equal((0, 1, 0), (first.Sent, first.Retrying, first.Failed));
        Assert.Equal((OutboxStatus.Queued, 1), (waiting.Status, waiting.Attempts));
        Assert.Contains("451", waiting.LastError, StringComparison.Ordinal);
        Assert.Equal(clock.Now + OutboxRetry.Default.BaseDelay, waiting.NextAttemptAt);

        // Before its back-off the message is not tried; after it, it goes.
        clock.Now += OutboxRetry.Default.BaseDelay - TimeSpan.FromSeconds(1);
        Assert.Equal(0, (await App.SendAsync(clock)).Sent);
        clock.Now += TimeSpan.FromSeconds(1);
        var second = await App.SendAsync(clock);

        Assert.Equal(1, second.Sent);
        var sent = await App.MessageAsync(id);
        Assert.Equal((OutboxStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
        var mail = Assert.Single(smtp.Received);
        Assert.Equal("Bonjour", mail.Subject);
        Assert.Equal("luc.bernard@example.fr", mail.To.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task A_permanent_refusal_fails_the_message_with_the_server_answer_and_the_others_still_go()
    {
        await using var smtp = new LoopbackSmtpServer();
        await App.UseSmtpAsync(smtp);
        var clock = new TestClock(TestClock.Future);
        var refused = await App.QueueAsync(null, "inconnu@example.fr", clock, "Premier");
        clock.Now += TimeSpan.FromSeconds(1);
        var accepted = await App.QueueAsync(null, "connu@example.fr", clock, "Second");
        smtp.RefuseNext("550 5.1.1 User unknown");

        var result = await App.SendAsync(clock);

        Assert.Equal((1, 0, 1), (result.Sent, result.Retrying, result.Failed));
        var failed = await App.MessageAsync(refused);
        Assert.Equal(OutboxStatus.Failed, failed.Status);
        Assert.Contains("550", failed.LastError, StringComparison.Ordinal);
        Assert.Contains("User unknown", failed.LastError, StringComparison.Ordinal);
        Assert.Equal(OutboxStatus.Sent, (await App.MessageAsync(accepted)).Status);
    }

    [Fact]
    public async Task An_unreachable_server_fails_the_message_after_the_last_allowed_attempt()
    {
        var clock = new TestClock(TestClock.Future);
        int closedPort;
        await using (var gone = new LoopbackSmtpServer())
        {
            await App.UseSmtpAsync(gone);
            closedPort = gone.Port;
        }

        var id = await App.QueueAsync(null, "quelquun@example.fr", clock);
        var options = new MailOptions { MaxAttempts = 2, SmtpTimeoutSeconds = 5 };

        await App.SendAsync(clock, options);
        Assert.Equal((OutboxStatus.Queued, 1), ((await App.MessageAsync(id)).Status, (await App.MessageAsync(id)).Attempts));
        clock.Now += TimeSpan.FromHours(3);
        var last = await App.SendAsync(clock, options);

        var failed = await App.MessageAsync(id);
        Assert.Equal((0, 0, 1), (last.Sent, last.Retrying, last.Failed));
        Assert.Equal((OutboxStatus.Failed, 2), (failed.Status, failed.Attempts));
        Assert.False(string.IsNullOrWhiteSpace(failed.LastError));
        Assert.True(closedPort > 0);
    }

    [Fact]
    public async Task Without_smtp_settings_nothing_is_sent_and_messages_stay_queued()
    {
        var clock = new TestClock(TestClock.Future);
        var id = await App.QueueAsync(null, "quelquun@example.fr", clock);

        var result = await App.SendAsync(clock);

        Assert.True(result.NotConfigured);
        Assert.Equal((OutboxStatus.Queued, 0), ((await App.MessageAsync(id)).Status, (await App.MessageAsync(id)).Attempts));
    }

    [Fact]
    public async Task The_smtp_password_is_stored_sealed_and_the_sender_can_open_it()
    {
        var saved = await App.ActAsync(MailTestData.Admin, s => s.GetRequiredService<SaveSmtpSettingsHandler>().HandleAsync(new SaveSmtpSettings(
            "smtp.example.fr", 587, SmtpTlsMode.StartTls, "dons@example.fr", "s3cret-Mot-de-passe", "dons@example.fr", "Les Amis", null)));

        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));
        var stored = await App.QueryAsync(db => db.SmtpSettings.AsNoTracking().SingleAsync());
        Assert.DoesNotContain("s3cret", stored.ProtectedPassword, StringComparison.Ordinal);
        Assert.Equal("s3cret-Mot-de-passe", App.Services.GetRequiredService<SmtpPasswordProtector>().Unprotect(stored.ProtectedPassword!));
        var journal = await App.JournalAsync();
        Assert.DoesNotContain(journal.SelectMany(j => j.Changes), c => c.New == stored.ProtectedPassword || c.Field == nameof(SmtpSettings.ProtectedPassword));
        Assert.Contains(journal, j => j.EntityType == "smtp_settings" && j.Action == JournalAction.PasswordChanged);

        var stale = await App.ActAsync(MailTestData.Admin, s => s.GetRequiredService<SaveSmtpSettingsHandler>().HandleAsync(new SaveSmtpSettings(
            "smtp2.example.fr", 587, SmtpTlsMode.StartTls, "dons@example.fr", null, "dons@example.fr", "Les Amis", null)));
        Assert.False(stale.Succeeded);
        var invalid = await App.ActAsync(MailTestData.Admin, s => s.GetRequiredService<SaveSmtpSettingsHandler>().HandleAsync(new SaveSmtpSettings(
            "", 70000, SmtpTlsMode.None, null, null, "pas-une-adresse", "", stored.Version)));
        Assert.Equal(4, invalid.Errors.Count);
    }

    private static string PdfText(MimePart attachment)
    {
        using var bytes = new MemoryStream();
        attachment.Content!.DecodeTo(bytes);
        using var pdf = PdfDocument.Open(bytes.ToArray());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    private static ReceiptRunService RunService(IServiceProvider s, TimeProvider clock) =>
        new(
            s.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<Infrastructure.Data.AppDbContext>>(),
            s.GetRequiredService<NpgsqlDataSource>(),
            s.GetRequiredService<IDocumentStore>(),
            s.GetRequiredService<IChangeNotifier>(),
            s.GetRequiredService<Infrastructure.Journal.ActorContext>(),
            clock,
            s.GetRequiredService<ILogger<ReceiptRunService>>());
}
