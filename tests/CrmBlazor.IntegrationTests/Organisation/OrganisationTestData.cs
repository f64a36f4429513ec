using CrmBlazor.Application.Common;
using CrmBlazor.Application.Organisation;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Organisation;

public static class OrganisationTestData
{
    public static readonly Actor Administrator = Actor.Staff(Guid.NewGuid().ToString(), "Anne Administratrice");

    /// <summary>A real association's kind of identity: SIREN and IBAN with their check digits right, typed as people type them.</summary>
    public static OrganisationIdentity Identity() => new(
        "Les Amis de la Forêt", "732 829 320", "12 rue des Chênes", "69003", "Lyon", "France",
        "Protection et reboisement des forêts de la région lyonnaise", OrganisationCategory.GeneralInterestAssociation, null,
        Article200: true, Article978: false, "Claire Dubois", "Présidente", null, null,
        "Crédit Mutuel", "Association Les Amis de la Forêt", "fr76 3000 6000 0112 3456 7890 189", "agrifrpp", ReceiptsSkipSuspended: true);

    public static Task<CommandResult<int>> SaveProfileAsync(this CrmAppFixture app, int? startedFrom, OrganisationIdentity identity) =>
        app.ActAsync(Administrator, s => s.GetRequiredService<SaveOrganisationProfileHandler>()
            .HandleAsync(new SaveOrganisationProfileCommand(startedFrom, identity)));

    public static async Task<int> SaveProfileAsync(this CrmAppFixture app, OrganisationIdentity? identity = null)
    {
        var current = await app.CurrentProfileAsync();
        var result = await app.SaveProfileAsync(current?.Revision, identity ?? Identity());
        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        return result.Value;
    }

    public static Task<OrganisationProfile?> CurrentProfileAsync(this CrmAppFixture app) =>
        app.ActAsync(Administrator, s => s.GetRequiredService<CurrentOrganisationProfileHandler>().HandleAsync());
}
