using CrmBlazor.Domain.Mail;
using MimeKit;
using MimeKit.Utils;

namespace CrmBlazor.Application.Mail;

/// <summary>
/// Reads a delivery status notification (RFC 3464: <c>multipart/report; report-type=delivery-status</c>) into one
/// bounce per failed or delayed recipient, with its enhanced status code (5.x.x permanent, 4.x.x temporary) and
/// the remote server's diagnostic. Anything else (an auto-reply, spam in the bounce box) gives no line.
/// </summary>
public static class DeliveryStatusReports
{
    public static IReadOnlyList<EmailEventLine> Read(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var status = message.BodyParts.OfType<MessageDeliveryStatus>().FirstOrDefault();
        if (status is null || status.StatusGroups.Count < 2)
        {
            return [];
        }

        var perMessage = status.StatusGroups[0];
        var at = DateOf(perMessage["Arrival-Date"]) ?? (message.Date == DateTimeOffset.MinValue ? (DateTimeOffset?)null : message.Date);
        var lines = new List<EmailEventLine>();
        foreach (var recipient in status.StatusGroups.Skip(1))
        {
            var action = recipient["Action"]?.Trim().ToLowerInvariant();
            if (action is not ("failed" or "delayed"))
            {
                continue;
            }

            var code = EmailEventFiles.StatusIn(recipient["Status"]);
            var address = AddressOf(recipient["Final-Recipient"]) ?? AddressOf(recipient["Original-Recipient"]);
            if (BounceStatus.Classify(code) is not { } kind || address is null)
            {
                continue;
            }

            var diagnostic = recipient["Diagnostic-Code"] is { } d ? Unfold(d[(d.IndexOf(';', StringComparison.Ordinal) + 1)..]) : null;
            var when = DateOf(recipient["Last-Attempt-Date"]) ?? at ?? DateTimeOffset.UnixEpoch;
            lines.Add(new EmailEventLine(address, null, EmailEventKind.Bounce, when.ToUniversalTime(), diagnostic is null ? code : $"{code} {diagnostic}", kind));
        }

        return lines;
    }

    /// <summary>« rfc822; jean@example.fr » → jean@example.fr.</summary>
    private static string? AddressOf(string? field)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            return null;
        }

        var value = field[(field.IndexOf(';', StringComparison.Ordinal) + 1)..].Trim().Trim('<', '>');
        return value.Contains('@', StringComparison.Ordinal) ? value : null;
    }

    private static DateTimeOffset? DateOf(string? field) =>
        field is not null && DateUtils.TryParse(field.Trim(), out var date) ? date : null;

    private static string Unfold(string text) => string.Join(' ', text.Split(['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
