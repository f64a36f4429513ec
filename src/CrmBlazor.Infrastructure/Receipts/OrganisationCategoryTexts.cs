using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>
/// The category boxes of the beneficiary block. BOFiP lets a receipt print only the box that applies, ticked;
/// a sub-case of « œuvre ou organisme d'intérêt général » prints its parent box ticked above it, as on the form.
/// </summary>
public static class OrganisationCategoryTexts
{
    public const string GeneralInterest =
        "Œuvre ou organisme d'intérêt général ayant un caractère philanthropique, éducatif, scientifique, social, humanitaire, "
        + "sportif, familial, culturel, ou concourant à la mise en valeur du patrimoine artistique, à la défense de "
        + "l'environnement naturel ou à la diffusion de la culture, de la langue et des connaissances scientifiques françaises";

    /// <summary>The parent box (null when the category stands alone) and the category's own box.</summary>
    public static (string? Parent, string Box) For(OrganisationCategory category, string? detail) => category switch
    {
        OrganisationCategory.GeneralInterestAssociation => (GeneralInterest, "Association loi 1901"),
        OrganisationCategory.PublicUtility => (GeneralInterest,
            $"Association ou fondation reconnue d'utilité publique par décret en date du {Detail(detail)}"),
        OrganisationCategory.FreeAidToPeopleInDifficulty => (GeneralInterest,
            "Organisme sans but lucratif fournissant gratuitement une aide alimentaire ou des soins médicaux à des personnes en "
            + "difficulté ou favorisant leur logement"),
        OrganisationCategory.Other => (GeneralInterest, $"Autres (précisez) : {Detail(detail)}"),
        OrganisationCategory.EndowmentFund => (null, "Fonds de dotation"),
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, null),
    };

    // A blank detail still leaves the dotted space the paper form has, rather than a sentence that stops short.
    private static string Detail(string? detail) => string.IsNullOrWhiteSpace(detail) ? "…………………" : detail.Trim();
}
