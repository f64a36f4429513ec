using CrmBlazor.Domain.Organisation;
using CrmBlazor.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.Application.Organisation;

/// <summary>The organisation's identity as last saved: what receipts and deposit slips print.</summary>
public sealed class CurrentOrganisationProfileHandler(IDbContextFactory<AppDbContext> dbFactory)
{
    /// <summary>The latest revision, or null while no administrator has saved one.</summary>
    public async Task<OrganisationProfile?> HandleAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await OrganisationProfiles.LatestAsync(db, ct);
    }
}

public static class OrganisationProfiles
{
    /// <summary>The latest revision read through <paramref name="db"/>, so a handler gets it inside its own transaction.</summary>
    public static Task<OrganisationProfile?> LatestAsync(AppDbContext db, CancellationToken ct) =>
        db.OrganisationProfiles.AsNoTracking().OrderByDescending(p => p.Revision).FirstOrDefaultAsync(ct);
}
