using System.Globalization;
using CrmBlazor.Application.Resources;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CrmBlazor.Application.Mail;

public sealed record BounceCleanupResult(int Reports, int Files, int Bounces, int MadeUnusable, int UnknownAddresses, IReadOnlyList<string> Refused)
{
    public string Summary =>
        string.Format(CultureInfo.GetCultureInfo("fr-FR"), Messages.Bounces_Summary, Reports, Files, Bounces, MadeUnusable, UnknownAddresses)
        + (Refused.Count == 0 ? "" : " " + string.Join(" ", Refused));
}

/// <summary>
/// The nightly bounce cleanup. Reads the delivery status notifications delivered to the bounce Maildir
/// (<c>new/</c>) and the platform's bounce exports dropped in the inbox folder, applies them through
/// <see cref="EmailEventWriter"/> (5.x.x: the address becomes unusable at once; 4.x.x: counted, unusable after
/// <see cref="MailOptions.TemporaryBounceLimit"/>), then moves what it applied: a report to <c>cur/</c> (seen),
/// an export to <c>done/</c> (a refused export to <c>refused/</c>). Moving comes after the commit; a report read
/// twice after a crash adds nothing, the events' unique index sees to it.
/// </summary>
public sealed class BounceCleanup(EmailEventWriter writer, IOptions<MailOptions> options, ILogger<BounceCleanup> logger)
{
    public const string ReportSource = "dsn";
    public const string ExportSource = "export rejets";

    public async Task<BounceCleanupResult> RunAsync(CancellationToken ct = default)
    {
        int reports = 0, files = 0, bounces = 0, unusable = 0, unknown = 0;
        var refused = new List<string>();
        if (options.Value.BounceMaildir is { Length: > 0 } maildir && Directory.Exists(Path.Combine(maildir, "new")))
        {
            var read = new List<(string Path, IReadOnlyList<EmailEventLine> Lines)>();
            foreach (var path in Directory.EnumerateFiles(Path.Combine(maildir, "new")).Order(StringComparer.Ordinal))
            {
                ct.ThrowIfCancellationRequested();
                read.Add((path, await ReadReportAsync(path, ct)));
            }

            if (read.Count > 0)
            {
                var lines = read.SelectMany(r => r.Lines).ToList();
                var applied = await writer.ApplyAsync(lines, ReportSource, ct);
                Directory.CreateDirectory(Path.Combine(maildir, "cur"));
                foreach (var (path, _) in read)
                {
                    // Maildir: a message that has been read moves to cur/ with the « seen » flag.
                    File.Move(path, Path.Combine(maildir, "cur", Path.GetFileName(path) + ":2,S"), overwrite: true);
                }

                reports = read.Count;
                bounces += lines.Count;
                unusable += applied.MadeUnusable;
                unknown += applied.UnknownAddresses;
            }
        }

        if (options.Value.BounceExportInbox is { Length: > 0 } inbox && Directory.Exists(inbox))
        {
            foreach (var path in Directory.EnumerateFiles(inbox, "*.csv").Order(StringComparer.Ordinal))
            {
                ct.ThrowIfCancellationRequested();
                var parsed = EmailEventFiles.ParseBounces(await File.ReadAllBytesAsync(path, ct));
                var name = Path.GetFileName(path);
                if (!parsed.IsValid)
                {
                    refused.Add(string.Format(CultureInfo.InvariantCulture, Messages.Bounces_FileRefused, name, string.Join(" ", parsed.Problems)));
                    Move(path, inbox, "refused");
                    continue;
                }

                var applied = await writer.ApplyAsync(parsed.Lines, ExportSource, ct);
                Move(path, inbox, "done");
                files++;
                bounces += parsed.Lines.Count;
                unusable += applied.MadeUnusable;
                unknown += applied.UnknownAddresses;
            }
        }

        return new BounceCleanupResult(reports, files, bounces, unusable, unknown, refused);
    }

    private async Task<IReadOnlyList<EmailEventLine>> ReadReportAsync(string path, CancellationToken ct)
    {
        try
        {
            using var message = await MimeMessage.LoadAsync(path, ct);
            return DeliveryStatusReports.Read(message);
        }
        catch (FormatException ex)
        {
            logger.LogWarning(ex, "Bounce mailbox: {Path} is not a readable message", path);
            return [];
        }
    }

    private static void Move(string path, string inbox, string folder)
    {
        var target = Path.Combine(inbox, folder);
        Directory.CreateDirectory(target);
        File.Move(path, Path.Combine(target, Path.GetFileName(path)), overwrite: true);
    }
}

[Quartz.DisallowConcurrentExecution]
public sealed class BounceCleanupJob(BounceCleanup cleanup, Infrastructure.Journal.ActorContext actor) : Quartz.IJob
{
    public async ValueTask Execute(Quartz.IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        actor.Current = Domain.Journal.Actor.System("nettoyage des rejets d'emails");
        var result = await cleanup.RunAsync(cancellationToken);
        context.Result = result.Summary;
    }
}
