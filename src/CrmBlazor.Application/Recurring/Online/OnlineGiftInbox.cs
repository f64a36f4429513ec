using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Infrastructure.Journal;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CrmBlazor.Application.Recurring.Online;

public sealed record OnlineInboxResult(int Processed, int Rejected, int AlreadyImported, int Applied, int RowsRefused, string Summary);

/// <summary>
/// The inbox folder the web site drops its files into: each *.csv / *.json file is imported, then moved to
/// « traites » — or to « rejetes » with a .txt reason when nothing in it could be read. A file already imported
/// goes to « traites » too: it changed nothing.
/// </summary>
public sealed class OnlineGiftInbox(OnlineGiftImporter importer, IOptions<OnlineGiftOptions> options, ActorContext actor, ILogger<OnlineGiftInbox> logger)
{
    public const string ProcessedFolder = "traites";
    public const string RejectedFolder = "rejetes";

    public async Task<OnlineInboxResult> RunAsync(CancellationToken ct)
    {
        actor.Current = Actor.System("collecte web");
        var inbox = options.Value.InboxPath;
        Directory.CreateDirectory(inbox);
        var files = Directory.EnumerateFiles(inbox)
            .Where(f => f.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();

        int processed = 0, rejected = 0, already = 0, applied = 0, refused = 0;
        foreach (var path in files)
        {
            ct.ThrowIfCancellationRequested();
            var name = Path.GetFileName(path);
            var content = await File.ReadAllBytesAsync(path, ct);
            var summary = await importer.ImportAsync(name, content, ct);
            switch (summary.Status)
            {
                case OnlineImportStatus.Unreadable:
                    rejected++;
                    var target = Move(path, RejectedFolder);
                    await File.WriteAllTextAsync(target + ".txt", string.Format(Messages.Online_FileRejected, summary.Message) + Environment.NewLine, ct);
                    logger.LogWarning("Online gifts file {File} rejected: {Reason}", name, summary.Message);
                    break;
                case OnlineImportStatus.AlreadyImported:
                    already++;
                    Move(path, ProcessedFolder);
                    break;
                default:
                    processed++;
                    applied += summary.Applied;
                    refused += summary.Rejected;
                    Move(path, ProcessedFolder);
                    break;
            }
        }

        return new OnlineInboxResult(
            processed, rejected, already, applied, refused, string.Format(Messages.Online_InboxSummary, processed, rejected, already, applied, refused));
    }

    /// <summary>Into the subfolder, with a numbered name when a file of that name is already there (never overwritten).</summary>
    private static string Move(string path, string folder)
    {
        var directory = Path.Combine(Path.GetDirectoryName(path)!, folder);
        Directory.CreateDirectory(directory);
        var name = Path.GetFileNameWithoutExtension(path);
        var extension = Path.GetExtension(path);
        var target = Path.Combine(directory, name + extension);
        for (var n = 2; File.Exists(target); n++)
        {
            target = Path.Combine(directory, $"{name}-{n}{extension}");
        }

        File.Move(path, target);
        return target;
    }
}
