using CrmBlazor.Application.Organisation;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.UnitTests.Organisation;

public sealed class OrganisationIdentityValidatorTests
{
    private static readonly OrganisationIdentity Valid = new(
        "Les Amis de la Forêt", "W691234567", "12 rue des Chênes", "69003", "Lyon", "France", "Reboisement",
        OrganisationCategory.Other, "Fondation abritée", Article200: false, Article978: true, "Claire Dubois", "Présidente", null, null,
        "Crédit Mutuel", "Les Amis de la Forêt", "FR1420041010050500013M02606", null, ReceiptsSkipSuspended: false);

    private readonly OrganisationIdentityValidator _validator = new();

    [Fact]
    public void A_complete_identity_with_an_RNA_number_and_article_978_only_is_valid()
    {
        Assert.True(_validator.Validate(Valid).IsValid);
    }

    [Fact]
    public void A_JPEG_signature_is_accepted_and_a_GIF_refused()
    {
        var jpeg = _validator.Validate(Valid with { SignatureImage = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10] });
        var gif = _validator.Validate(Valid with { SignatureImage = "GIF89a"u8.ToArray() });

        Assert.True(jpeg.IsValid);
        Assert.Equal([Messages.Organisation_SignatureFormat], gif.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void Overlong_fields_name_the_field_and_the_limit()
    {
        var result = _validator.Validate(Valid with { City = new string('x', OrganisationProfile.CityMaxLength + 1) });

        Assert.Equal(["La ville ne doit pas dépasser 60 caractères."], result.Errors.Select(e => e.ErrorMessage));
    }

    [Fact]
    public void The_SEPA_creditor_identifier_is_optional_but_checked_when_given()
    {
        var typed = _validator.Validate(Valid with { SepaCreditorId = "fr72 zzz 123456" });
        var wrong = _validator.Validate(Valid with { SepaCreditorId = "FR73ZZZ123456" });

        Assert.True(typed.IsValid);
        Assert.Equal(["La clé de contrôle de l'ICS est fausse : vérifiez chaque caractère."], wrong.Errors.Select(e => e.ErrorMessage));
    }
}
