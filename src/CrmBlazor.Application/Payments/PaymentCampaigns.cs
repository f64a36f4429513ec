using CrmBlazor.Application.Resources;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Payments;

/// <summary>Where the campaign of a payment came from.</summary>
public enum PaymentCampaignSource
{
    /// <summary>The operator typed its code (read on the reply coupon or the cheque's envelope).</summary>
    Typed,

    /// <summary>No code typed: the last campaign the contact received that still takes gifts.</summary>
    LastReceived,

    /// <summary>No code typed and no open campaign received: the generic campaign.</summary>
    Generic,
}

public sealed record PaymentCampaign(long Id, string Code, string Name, PaymentCampaignSource Source);

/// <summary>The campaign a gift is attributed to: a typed code wins, else the last one received, else the generic one.</summary>
internal static class PaymentCampaigns
{
    public static async Task<(PaymentCampaign? Campaign, string? Error)> ResolveAsync(
        AppDbContext db, long contactId, string? typedCode, CancellationToken ct)
    {
        if (!string.IsNullOrWhiteSpace(typedCode))
        {
            var code = typedCode.Trim().ToUpperInvariant();
            var typed = await db.Campaigns.AsNoTracking().Where(c => c.Code == code)
                .Select(c => new { c.Id, c.Code, c.Name, c.ClosedOn }).FirstOrDefaultAsync(ct);
            return typed switch
            {
                null => (null, string.Format(Messages.Payment_CampaignUnknown, code)),
                { ClosedOn: not null } => (null, string.Format(Messages.Payment_CampaignClosed, typed.Code, typed.Name)),
                _ => (new PaymentCampaign(typed.Id, typed.Code, typed.Name, PaymentCampaignSource.Typed), null),
            };
        }

        // A closed campaign takes no new gifts, so a late reply goes to the last campaign still open.
        var received = await db.CampaignReceptions.AsNoTracking().Where(r => r.ContactId == contactId)
            .Join(db.Campaigns.Where(c => c.ClosedOn == null), r => r.CampaignId, c => c.Id, (r, c) => new { r, c })
            .OrderByDescending(x => x.r.ReceivedOn).ThenByDescending(x => x.r.Id)
            .Select(x => new PaymentCampaign(x.c.Id, x.c.Code, x.c.Name, PaymentCampaignSource.LastReceived))
            .FirstOrDefaultAsync(ct);
        if (received is not null)
        {
            return (received, null);
        }

        var generic = await db.Campaigns.AsNoTracking().Where(c => c.IsGeneric)
            .Select(c => new PaymentCampaign(c.Id, c.Code, c.Name, PaymentCampaignSource.Generic)).FirstOrDefaultAsync(ct);
        return generic is null ? (null, Messages.Payment_CampaignMissing) : (generic, null);
    }
}
