using System.Globalization;
using CrmBlazor.Application.Documents;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Mail;
using CrmBlazor.Infrastructure.Data;
using CrmBlazor.Infrastructure.Documents;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CrmBlazor.Application.Mail;

public sealed record OutboxSendResult(int Sent, int Retrying, int Failed, bool NotConfigured)
{
    public string Summary => NotConfigured
        ? Messages.Outbox_NotConfigured
        : string.Format(CultureInfo.GetCultureInfo("fr-FR"), Messages.Outbox_RunSummary, Sent, Retrying, Failed);
}

/// <summary>
/// Delivers the outbox: claims the due messages in batches (<c>FOR UPDATE SKIP LOCKED</c>, so a second sender
/// anywhere in the cluster takes other rows), sends each through the configured SMTP server with MailKit and
/// records the outcome on the message. A refusal (4xx, unreachable server) is tried again later with
/// exponential back-off; a permanent refusal (5xx) or the last attempt fails the message with the server's answer.
/// Each outcome is an EF save, so it is journaled on the contact and its open record refreshes its Documents.
/// </summary>
public sealed class OutboxSender(
    IDbContextFactory<AppDbContext> dbFactory, SmtpPasswordProtector passwords, IReceiptDocumentRenderer receipts, IDocumentStore store,
    IOptions<MailOptions> options, TimeProvider clock, ILogger<OutboxSender> logger)
{
    public async Task<OutboxSendResult> SendDueAsync(CancellationToken ct = default)
    {
        SmtpSettings? settings;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            settings = await db.SmtpSettings.AsNoTracking().SingleOrDefaultAsync(ct);
        }

        if (settings is null)
        {
            return new OutboxSendResult(0, 0, 0, NotConfigured: true);
        }

        var password = settings.ProtectedPassword is { } sealedPassword ? passwords.Unprotect(sealedPassword) : null;
        var mail = options.Value;
        var retry = mail.Retry;
        // Messages pushed back during this run are due later than this instant, so the run ends.
        var cutoff = clock.GetUtcNow();
        int sent = 0, retrying = 0, failed = 0;
        using var smtp = new SmtpSession(settings, password, TimeSpan.FromSeconds(mail.SmtpTimeoutSeconds));
        while (!ct.IsCancellationRequested)
        {
            await using var db = await dbFactory.CreateDbContextAsync(ct);
            await using var tx = await db.Database.BeginTransactionAsync(ct);
            var batch = await db.OutboxMessages
                .FromSqlInterpolated($"""
                    SELECT * FROM outbox_messages
                    WHERE status = 'Queued' AND next_attempt_at <= {cutoff}
                    ORDER BY next_attempt_at, id
                    LIMIT {mail.BatchSize}
                    FOR UPDATE SKIP LOCKED
                    """)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var message in batch)
            {
                ct.ThrowIfCancellationRequested();
                try
                {
                    using var mime = await BuildAsync(db, settings, message, ct);
                    await smtp.SendAsync(mime, ct);
                    message.RecordSent(clock.GetUtcNow());
                    sent++;
                }
                catch (SmtpCommandException ex)
                {
                    var permanent = (int)ex.StatusCode >= 500;
                    message.RecordFailure($"{(int)ex.StatusCode} {ex.Message}", permanent, clock.GetUtcNow(), retry);
                    Count(message, ref retrying, ref failed);
                }
                catch (MissingAttachmentException ex)
                {
                    message.RecordFailure(ex.Message, permanent: true, clock.GetUtcNow(), retry);
                    Count(message, ref retrying, ref failed);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // Unreachable server, dropped connection, refused sign-in: the next attempt starts afresh.
                    logger.LogWarning(ex, "Outbox message {MessageId} not sent", message.Id);
                    await smtp.ResetAsync();
                    message.RecordFailure(ex.Message, permanent: false, clock.GetUtcNow(), retry);
                    Count(message, ref retrying, ref failed);
                }

                await db.SaveChangesAsync(CancellationToken.None);
            }

            await tx.CommitAsync(CancellationToken.None);
            if (batch.Count < mail.BatchSize)
            {
                break;
            }
        }

        return new OutboxSendResult(sent, retrying, failed, NotConfigured: false);
    }

    private static void Count(OutboxMessage message, ref int retrying, ref int failed)
    {
        if (message.Status == OutboxStatus.Failed)
        {
            failed++;
        }
        else
        {
            retrying++;
        }
    }

    private async Task<MimeMessage> BuildAsync(AppDbContext db, SmtpSettings settings, OutboxMessage message, CancellationToken ct)
    {
        var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(settings.SenderName, settings.SenderAddress));
        mime.To.Add(MailboxAddress.Parse(message.ToAddress));
        mime.Subject = message.Subject;
        mime.Date = message.QueuedAt;
        var domain = settings.SenderAddress[(settings.SenderAddress.IndexOf('@', StringComparison.Ordinal) + 1)..];
        // The bounce cleanup recognises its own messages by this id.
        mime.MessageId = OutboxMessageIds.For(message.Id, domain);
        var body = new BodyBuilder { TextBody = message.Body };
        if (message.AttachmentDocumentId is { } documentId)
        {
            var document = await db.Documents.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct);
            var content = document switch
            {
                { TaxReceiptId: { } receiptId } => await receipts.RenderCopyAsync(db, receiptId, duplicate: !message.AttachmentIsOriginal, ct),
                { StorageKey: { } key } => await store.GetAsync(key, ct),
                _ => null,
            };
            if (document is null || content is null)
            {
                throw new MissingAttachmentException(string.Format(CultureInfo.InvariantCulture, Messages.Outbox_AttachmentMissing, documentId));
            }

            body.Attachments.Add(document.FileName, content, ContentType.Parse(document.ContentType));
        }

        mime.Body = body.ToMessageBody();
        return mime;
    }

    private sealed class MissingAttachmentException(string message) : Exception(message);

    /// <summary>One SMTP connection for the run, opened on first use and opened again after a failure.</summary>
    private sealed class SmtpSession(SmtpSettings settings, string? password, TimeSpan timeout) : IDisposable
    {
        private SmtpClient? _client;

        public async Task SendAsync(MimeMessage message, CancellationToken ct)
        {
            if (_client is not { IsConnected: true })
            {
                _client?.Dispose();
                _client = new SmtpClient { Timeout = (int)timeout.TotalMilliseconds };
                await _client.ConnectAsync(settings.Host, settings.Port, SocketOptions(settings.TlsMode), ct);
                if (settings.Account is { } account && password is not null)
                {
                    await _client.AuthenticateAsync(account, password, ct);
                }
            }

            await _client.SendAsync(message, ct);
        }

        public async Task ResetAsync()
        {
            if (_client is { IsConnected: true })
            {
                try
                {
                    await _client.DisconnectAsync(quit: false);
                }
                catch (Exception)
                {
                    // The connection is being dropped anyway.
                }
            }

            _client?.Dispose();
            _client = null;
        }

        public void Dispose()
        {
            if (_client is { IsConnected: true })
            {
                try
                {
                    _client.Disconnect(quit: true);
                }
                catch (Exception)
                {
                    // Leaving: nothing left to tell the server.
                }
            }

            _client?.Dispose();
        }

        private static SecureSocketOptions SocketOptions(SmtpTlsMode mode) => mode switch
        {
            SmtpTlsMode.StartTls => SecureSocketOptions.StartTls,
            SmtpTlsMode.SslOnConnect => SecureSocketOptions.SslOnConnect,
            _ => SecureSocketOptions.None,
        };
    }
}

/// <summary>The Message-Id of an outbox email, and the way back from a bounce that quotes it.</summary>
public static class OutboxMessageIds
{
    private const string Prefix = "crm-outbox-";

    public static string For(long messageId, string domain) => $"{Prefix}{messageId.ToString(CultureInfo.InvariantCulture)}@{domain}";

    public static long? Parse(string? messageId)
    {
        var id = messageId?.Trim().Trim('<', '>');
        if (id is null || !id.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = id.IndexOf('@', StringComparison.Ordinal);
        return end > Prefix.Length && long.TryParse(id[Prefix.Length..end], NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}

/// <summary>The outbox sender every minute; a run already going (on any node) is not doubled.</summary>
[Quartz.DisallowConcurrentExecution]
public sealed class OutboxSendJob(OutboxSender sender) : Quartz.IJob
{
    public async ValueTask Execute(Quartz.IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var result = await sender.SendDueAsync(cancellationToken);
        context.Result = result.Summary;
    }
}
