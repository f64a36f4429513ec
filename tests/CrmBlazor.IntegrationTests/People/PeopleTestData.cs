using CrmBlazor.Domain.Petitions;
using CrmBlazor.Domain.Relations;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace CrmBlazor.IntegrationTests.People;

/// <summary>The reference rows the people tests need; the reset empties the relationship types the migration seeds.</summary>
public static class PeopleTestData
{
    /// <summary>« salarié de » / « employeur de » unless told otherwise.</summary>
    public static Task<long> CreateRelationshipTypeAsync(
        this CrmAppFixture app, string code = "SALARIE", string fromA = "salarié de", string fromB = "employeur de") =>
        app.WithDbAsync(async db =>
        {
            var id = await db.RelationshipTypes.Where(t => t.Code == code).Select(t => (long?)t.Id).FirstOrDefaultAsync();
            if (id is { } existing)
            {
                return existing;
            }

            var type = RelationshipType.Create(code, fromA, fromB);
            db.RelationshipTypes.Add(type);
            await db.SaveChangesAsync();
            return type.Id;
        });

    public static Task<long> PetitionAsync(this CrmAppFixture app, string name, long? campaignId) =>
        app.WithDbAsync(async db =>
        {
            var petition = Petition.Create(name, campaignId, new DateOnly(2026, 1, 1), null);
            db.Petitions.Add(petition);
            await db.SaveChangesAsync();
            return petition.Id;
        });
}
