using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Organisation;

/// <summary>The organisation's identity: every save a new revision, a stale form refused, identifiers checked and kept compact.</summary>
public sealed class OrganisationProfileTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

    [Fact]
    public async Task Each_save_is_a_new_revision_and_the_current_profile_is_the_latest()
    {
        Assert.Null(await App.CurrentProfileAsync());

        var first = await App.SaveProfileAsync();
        var second = await App.SaveProfileAsync(OrganisationTestData.Identity() with { City = "Villeurbanne", PostCode = "69100" });

        Assert.Equal((1, 2), (first, second));
        var current = await App.CurrentProfileAsync();
        Assert.NotNull(current);
        Assert.Equal((2, "Villeurbanne", OrganisationTestData.Administrator.Name), (current.Revision, current.City, current.SavedBy));
        var revisions = await App.QueryAsync(db => db.OrganisationProfiles.AsNoTracking().OrderBy(p => p.Revision).Select(p => new { p.Revision, p.City }).ToListAsync());
        Assert.Equal([(1, "Lyon"), (2, "Villeurbanne")], revisions.Select(r => (r.Revision, r.City)));
    }

    [Fact]
    public async Task A_form_started_from_an_older_revision_is_refused_as_modified_meanwhile()
    {
        await App.SaveProfileAsync();
        await App.SaveProfileAsync(OrganisationTestData.Identity() with { SignatoryName = "Marc Petit" });

        var stale = await App.SaveProfileAsync(1, OrganisationTestData.Identity() with { SignatoryName = "Claire Martin" });
        var fromNothing = await App.SaveProfileAsync(null, OrganisationTestData.Identity());

        var message = Assert.Single(stale.Errors);
        Assert.Contains("modifiée entre-temps (version 2, enregistrée par Anne Administratrice", message, StringComparison.Ordinal);
        Assert.Equal(stale.Errors, fromNothing.Errors);
        Assert.Equal(("Marc Petit", 2), await App.QueryAsync(async db =>
        {
            var latest = await db.OrganisationProfiles.AsNoTracking().OrderByDescending(p => p.Revision).FirstAsync();
            return (latest.SignatoryName, latest.Revision);
        }));
    }

    [Fact]
    public async Task SIREN_RNA_and_IBAN_are_kept_compact_and_upper_case()
    {
        await App.SaveProfileAsync();
        var withRna = await App.SaveProfileAsync(OrganisationTestData.Identity() with { SirenOrRna = "w69 1234567", Bic = null });

        var current = await App.CurrentProfileAsync();

        Assert.Equal(2, withRna);
        Assert.Equal(("W691234567", "FR7630006000011234567890189", (string?)null), (current!.SirenOrRna, current.Iban, current.Bic));
        var first = await App.QueryAsync(db => db.OrganisationProfiles.AsNoTracking().SingleAsync(p => p.Revision == 1));
        Assert.Equal(("732829320", "AGRIFRPP"), (first.SirenOrRna, first.Bic));
    }

    [Fact]
    public async Task A_wrong_SIREN_IBAN_or_BIC_and_missing_fields_come_back_as_French_messages()
    {
        var result = await App.SaveProfileAsync(null, OrganisationTestData.Identity() with
        {
            Name = " ", SirenOrRna = "732 829 321", Iban = "FR76 3000 6000 0112 3456 7890 188", Bic = "AGRI-FR", Article200 = false,
            Category = OrganisationCategory.PublicUtility,
        });

        Assert.Equal(
            [
                "Le nom de l'organisme est obligatoire.", Messages.Organisation_SirenOrRnaInvalid, Messages.Organisation_CategoryDetailRequired,
                Messages.Organisation_ArticleRequired, Messages.Organisation_IbanInvalid, Messages.Organisation_BicInvalid,
            ],
            result.Errors);
        Assert.Null(await App.CurrentProfileAsync());
    }

    [Fact]
    public async Task The_SEPA_creditor_identifier_is_kept_compact_and_a_wrong_one_refused_in_French()
    {
        var withIcs = await App.SaveProfileAsync(null, OrganisationTestData.Identity() with { SepaCreditorId = " fr72 zzz 123456 " });
        var wrong = await App.SaveProfileAsync(withIcs.Value, OrganisationTestData.Identity() with { SepaCreditorId = "FR72ZZZ12345" });

        Assert.True(withIcs.Succeeded, string.Join(" ", withIcs.Errors));
        Assert.Equal(["Un ICS français fait 13 caractères (ex. FR72ZZZ123456) ; celui-ci en a 12."], wrong.Errors);
        var current = await App.CurrentProfileAsync();
        Assert.Equal((1, "FR72ZZZ123456"), (current!.Revision, current.SepaCreditorId));
        Assert.Equal("FR72ZZZ123456", current.Identity.SepaCreditorId);
    }

    [Fact]
    public async Task A_signature_must_really_be_a_PNG_or_JPEG_image_of_512_KB_at_most()
    {
        var notAnImage = await App.SaveProfileAsync(null, OrganisationTestData.Identity() with { SignatureImage = "%PDF-1.7"u8.ToArray(), SignatureContentType = "image/png" });
        var tooLarge = await App.SaveProfileAsync(null, OrganisationTestData.Identity() with { SignatureImage = [.. Png, .. new byte[512 * 1024]] });
        var png = await App.SaveProfileAsync(null, OrganisationTestData.Identity() with { SignatureImage = Png, SignatureContentType = "application/octet-stream" });

        Assert.Equal([Messages.Organisation_SignatureFormat], notAnImage.Errors);
        Assert.Equal([Messages.Organisation_SignatureTooLarge], tooLarge.Errors);
        Assert.True(png.Succeeded, string.Join(" ", png.Errors));
        var current = await App.CurrentProfileAsync();
        Assert.Equal("image/png", current!.SignatureContentType);
        Assert.Equal(Png, current.SignatureImage);
    }

    [Fact]
    public async Task The_database_refuses_to_rewrite_a_saved_revision()
    {
        await App.SaveProfileAsync();
        await using var connection = await App.OpenConnectionAsync();
        await using var update = new NpgsqlCommand("UPDATE organisation_profiles SET name = 'Autre nom' WHERE revision = 1", connection);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => update.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.RestrictViolation, refused.SqlState);
        Assert.Equal("Les Amis de la Forêt", (await App.CurrentProfileAsync())!.Name);
    }
}
