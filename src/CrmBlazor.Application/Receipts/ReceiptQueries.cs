using CrmBlazor.Domain.Organisation;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Receipts;

/// <summary>Reads shared by the issuing use cases.</summary>
internal static class ReceiptQueries
{
    /// <summary>The association's identity receipts are issued under now: its latest revision (the table is append-only).</summary>
    public static Task<OrganisationProfile?> CurrentIssuerAsync(AppDbContext db, CancellationToken ct) =>
        db.OrganisationProfiles.AsNoTracking().OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);

    public static async Task<ReceiptDonorSource?> DonorAsync(AppDbContext db, long contactId, CancellationToken ct)
    {
        var contact = await db.Contacts.AsNoTracking()
            .Where(c => c.Id == contactId)
            .Select(c => new { c.Kind, c.Civility, c.FirstName, c.LastName, c.OrganisationName })
            .FirstOrDefaultAsync(ct);
        if (contact is null)
        {
            return null;
        }

        var address = await db.ContactAddresses.AsNoTracking()
            .Where(a => a.ContactId == contactId && a.IsMain)
            .FirstOrDefaultAsync(ct);
        return new ReceiptDonorSource(
            contactId, contact.Kind, contact.Civility, contact.FirstName, contact.LastName, contact.OrganisationName, address?.Parts);
    }
}
