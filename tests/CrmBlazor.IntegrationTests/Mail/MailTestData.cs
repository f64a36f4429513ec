using CrmBlazor.Application.Documents;
using CrmBlazor.Application.Mail;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.Domain.Journal;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmBlazor.IntegrationTests.Mail;

/// <summary>
/// A clock the test moves. Mail tests live in 2031, so the app's own every-minute sender (on the real clock)
/// never finds their messages due and never races the sender the test runs.
/// </summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public static DateTimeOffset Future { get; } = new(2031, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}

public static class MailTestData
{
    public static readonly Actor Admin = Actor.Staff(Guid.NewGuid().ToString(), "Alice Admin");

    /// <summary>The SMTP settings pointing at the loopback server, saved through the Administration use case.</summary>
    public static async Task UseSmtpAsync(this CrmAppFixture app, LoopbackSmtpServer server)
    {
        var current = await app.ActAsync(Admin, s => s.GetRequiredService<GetSmtpSettingsHandler>().HandleAsync());
        var saved = await app.ActAsync(Admin, s => s.GetRequiredService<SaveSmtpSettingsHandler>().HandleAsync(new SaveSmtpSettings(
            "127.0.0.1", server.Port, SmtpTlsMode.None, null, null, "dons@amis-oiseaux.fr", "Les Amis des Oiseaux", current?.Version)));
        Assert.True(saved.Succeeded, string.Join(" ", saved.Errors));
    }

    public static OutboxSender Sender(IServiceProvider services, TimeProvider clock, MailOptions? options = null) =>
        new(
            services.GetRequiredService<IDbContextFactory<AppDbContext>>(),
            services.GetRequiredService<SmtpPasswordProtector>(),
            new ReceiptDocumentRenderer(services.GetRequiredService<Infrastructure.Receipts.ReceiptPdfRenderer>(), clock),
            services.GetRequiredService<IDocumentStore>(),
            Options.Create(options ?? new MailOptions()),
            clock,
            services.GetRequiredService<ILogger<OutboxSender>>());

    public static Task<OutboxSendResult> SendAsync(this CrmAppFixture app, TimeProvider clock, MailOptions? options = null) =>
        app.ActAsync(Actor.System("envoi des courriels"), s => Sender(s, clock, options).SendDueAsync());

    /// <summary>A plain message for <paramref name="contactId"/>, queued at the clock's instant.</summary>
    public static Task<long> QueueAsync(this CrmAppFixture app, long? contactId, string to, TimeProvider clock, string subject = "Bonjour") =>
        app.WithDbAsync(async db =>
        {
            var message = OutboxMessage.Queue(contactId, to, subject, "Madame, merci de votre fidélité.", null, clock.GetUtcNow());
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            return message.Id;
        });

    public static Task<OutboxMessage> MessageAsync(this CrmAppFixture app, long id) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id));

    public static Task<long> EmailAsync(this CrmAppFixture app, long contactId, string address) =>
        app.WithDbAsync(async db =>
        {
            var email = ContactEmail.Enter(contactId, address, new DateOnly(2026, 1, 5), await app.GenericCampaignAsync());
            db.ContactEmails.Add(email);
            await db.SaveChangesAsync();
            return email.Id;
        });

}
