using System.Globalization;
using CrmBlazor.Application.Common;
using CrmBlazor.Application.Resources;

namespace CrmBlazor.Application.Mail;

/// <summary>The email platform's events export (sent, open, click, unsubscribe, bounce) uploaded by a Superviseur.</summary>
public sealed record ImportEmailEvents(string FileName, byte[] Content);

public sealed class ImportEmailEventsHandler(EmailEventWriter writer)
{
    public const string Source = "export plateforme";

    /// <summary>A file with a bad line is refused whole, with the lines to fix; a file read twice adds nothing the second time.</summary>
    public async Task<CommandResult<EmailEventsApplied>> HandleAsync(ImportEmailEvents command, CancellationToken ct = default)
    {
        var parsed = EmailEventFiles.ParseEvents(command.Content);
        if (!parsed.IsValid)
        {
            return CommandResult<EmailEventsApplied>.Fail(string.Format(CultureInfo.InvariantCulture, Messages.EmailEvents_Refused, string.Join(" ", parsed.Problems)));
        }

        return CommandResult<EmailEventsApplied>.Ok(await writer.ApplyAsync(parsed.Lines, Source, ct));
    }

    public static string Describe(EmailEventsApplied applied) =>
        string.Format(CultureInfo.GetCultureInfo("fr-FR"), Messages.EmailEvents_Imported,
            applied.Read, applied.Added, applied.UnknownAddresses, applied.MadeUnusable, applied.Unsubscribed);
}
