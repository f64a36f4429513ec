using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>
/// The wording of form 2041-RD (Cerfa n° 11580*05). An association may use its own layout only if every mention of
/// the model is reproduced (BOI-IR-RICI-250-40), so these strings are the form's own words; footnote markers
/// (1)–(4) are printed beside them, never inside, to keep each mention verbatim.
/// </summary>
public static class CerfaTexts
{
    public const string Title =
        "Reçu des dons et versements effectués par les particuliers au titre des articles 200 et 978 du code général des impôts";
    public const string FormNumber = "2041-RD";
    public const string CerfaNumber = "N° 11580*05";
    public const string ReceiptNumber = "Numéro d'ordre du reçu";

    public const string BeneficiaryBlock = "Organisme bénéficiaire des dons et versements";
    public const string Name = "Nom ou dénomination :";
    public const string SirenOrRna = "Numéro SIREN ou RNA :";
    public const string Address = "Adresse :";
    public const string PostCode = "Code postal :";
    public const string City = "Commune :";
    public const string Country = "Pays :";
    public const string Object = "Objet :";
    public const string TickCategory = "Cochez la case concernée :";

    public const string DonorBlock = "Donateur";
    public const string LastName = "Nom :";
    public const string FirstNames = "Prénoms :";

    public const string DonationBlock = "Don";
    public const string AmountReceived =
        "Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt, la somme de :";
    public const string AmountInWords = "Somme en toutes lettres :";
    public const string PaymentDate = "Date du versement ou du don :";
    public const string Certification =
        "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue à l'article :";
    public const string Article200 = "200 du CGI";
    public const string Article978 = "978 du CGI";

    public const string GiftForm = "Forme du don :";
    public static readonly string[] GiftForms = ["Acte authentique", "Acte sous seing privé", ManualGift, "Autres"];
    public const string ManualGift = "Déclaration de don manuel";

    public const string GiftNature = "Nature du don :";
    public static readonly string[] GiftNatures =
    [
        Cash,
        "Titres de sociétés cotés",
        "Abandon exprès de revenus ou de produits",
        "Frais engagés par les bénévoles, dont ils renoncent expressément au remboursement",
        OtherNature,
    ];
    public const string Cash = "Numéraire";
    public const string OtherNature = "Autres (précisez)";

    public const string PaymentModeTitle = "En cas de don en numéraire, mode de versement du don :";

    public const string DateAndSignature = "Date et signature";

    public const string Duplicate = "DUPLICATA";
    public const string Cancelled = "ANNULÉ";

    public static readonly string[] Footnotes =
    [
        "(1) Pour les dons de titres de sociétés cotées et les dons en nature, indiquez la valeur du don.",
        "(2) L'organisme bénéficiaire peut cocher une ou plusieurs cases, étant entendu que la fraction du montant donné qui ouvre "
            + "droit pour son auteur à la réduction d'IFI prévue à l'article 978 du CGI ne peut ouvrir droit à la réduction d'impôt sur le "
            + "revenu prévue à l'article 200 du CGI, et inversement. L'organisme bénéficiaire peut demander à l'administration s'il relève "
            + "de l'une des catégories d'organismes mentionnées aux articles 200 et 978 du CGI (article L. 80 C du livre des procédures "
            + "fiscales). Il est rappelé que la délivrance irrégulière de reçus fiscaux par l'organisme bénéficiaire est susceptible "
            + "d'entraîner l'application de l'amende prévue à l'article 1740 A du code général des impôts.",
        "(3) La réduction d'IFI ne s'applique qu'aux dons en numéraire et aux dons en pleine propriété de titres de sociétés cotées.",
        "(4) Par exemple : dons en nature.",
    ];

    public static string PaymentMode(ReceiptPaymentMode mode) => mode switch
    {
        ReceiptPaymentMode.Cash => "Remise d'espèces",
        ReceiptPaymentMode.Cheque => "Chèque",
        ReceiptPaymentMode.TransferDebitOrCard => "Virement, prélèvement, carte bancaire",
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };
}
