using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.Application.Demo;

/// <summary>The French texts of the demo base: memos, organisations, campaigns, e-mail providers.</summary>
internal static class DemoTexts
{
    public static readonly string[] MonthNames =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    /// <summary>Providers with their rough share of French donors' addresses.</summary>
    public static readonly (string Domain, int Weight)[] EmailDomains =
    [
        ("gmail.com", 25), ("orange.fr", 20), ("free.fr", 10), ("wanadoo.fr", 8), ("laposte.net", 8), ("hotmail.fr", 8),
        ("sfr.fr", 7), ("yahoo.fr", 6), ("outlook.fr", 5), ("icloud.com", 3),
    ];

    public static readonly string[] UnusableReasons =
        ["Boîte inexistante", "Rejet définitif (hard bounce)", "Domaine inexistant", "Boîte pleine depuis plus de 6 mois"];

    public static readonly string[] Notepads =
    [
        "Préfère être contacté par courrier.", "A appelé pour modifier son adresse, à vérifier au prochain envoi.",
        "Donateur fidèle depuis l'appel d'urgence, très attaché aux actions locales.",
        "Souhaite recevoir le rapport annuel en version papier.", "Ancien bénévole de l'antenne locale.",
        "Son épouse est également donatrice, ne pas envoyer deux fois le même courrier.",
        "A demandé des informations sur les legs et donations.", "Intéressée par le bénévolat le week-end.",
        "Reçu fiscal 2023 renvoyé à la bonne adresse.", "Parle surtout anglais, privilégier l'e-mail.",
    ];

    public static readonly string[] AlertMemos =
    [
        "Membre du CA", "Ne pas appeler avant 10h", "Ne plus envoyer de relance téléphonique", "Malentendant : écrire plutôt qu'appeler",
        "Contact presse, voir avec la direction", "Grand donateur : remercier personnellement", "Litige en cours sur un prélèvement",
    ];

    public static readonly string[] GeneralMemos =
    [
        "Rencontré au salon des associations.", "Parrain d'un enfant depuis 2012.", "Contact transmis par la délégation régionale.",
        "Participe chaque année à la course solidaire.",
    ];

    public static readonly string[] LegacyMemos =
    [
        "Repris de l'ancien fichier Access (code donateur D-4471).", "Import 2009 : adresse complétée à la main.",
        "Ancienne base : doublon fusionné en 2015.",
    ];

    public static readonly string[] PortalMessages = ["Merci pour votre fidélité !", "Votre reçu fiscal est disponible dans votre espace."];

    /// <summary>Organisation names with their kind; {0} is a surname, {1} a commune in title case.</summary>
    public static readonly (string Template, OrganisationKind Kind)[] OrganisationNames =
    [
        ("Association Les Amis de {1}", OrganisationKind.Association), ("Boulangerie {0} SARL", OrganisationKind.Company),
        ("Comité des fêtes de {1}", OrganisationKind.Association), ("Fondation {0}", OrganisationKind.Foundation),
        ("Mairie de {1}", OrganisationKind.PublicBody), ("Cabinet {0} et Associés", OrganisationKind.Company),
        ("Garage {0}", OrganisationKind.Company), ("Paroisse Saint-Pierre de {1}", OrganisationKind.Other),
        ("Club de football de {1}", OrganisationKind.Association), ("Pharmacie {0}", OrganisationKind.Company),
        ("Rotary Club de {1}", OrganisationKind.Association), ("Lions Club {1}", OrganisationKind.Association),
        ("Entreprise {0} Bâtiment", OrganisationKind.Company), ("École Sainte-Marie de {1}", OrganisationKind.Other),
        ("Amicale des retraités de {1}", OrganisationKind.Association), ("Librairie {0}", OrganisationKind.Company),
        ("SCI {0} Frères", OrganisationKind.Company), ("Harmonie municipale de {1}", OrganisationKind.Association),
        ("Centre communal d'action sociale de {1}", OrganisationKind.PublicBody), ("Chorale À Cœur Joie de {1}", OrganisationKind.Association),
    ];

    public static readonly string[] OrganisationMailboxes = ["contact", "accueil", "secretariat", "info", "direction", "tresorier"];

    /// <summary>Campaign names by channel; {0} is the month name, {1} the year, {2} a number.</summary>
    public static string[] CampaignNames(CampaignChannel channel) => channel switch
    {
        CampaignChannel.Mail =>
        [
            "Appel à dons {0} {1}", "Relance donateurs {0} {1}", "Mailing de fin d'année {1}", "Appel d'urgence {0} {1}",
            "Campagne legs et donations {1}", "Journal des donateurs n° {2}", "Prospection {0} {1}", "Appel hiver {1}",
        ],
        CampaignChannel.Email => ["Newsletter {0} {1}", "E-mailing urgence {0} {1}", "Relance e-mail {0} {1}", "Lettre d'information n° {2}"],
        CampaignChannel.Phone =>
            ["Phoning fidélisation {0} {1}", "Phoning prélèvement automatique {1}", "Appels de remerciement {0} {1}"],
        CampaignChannel.Web => ["Collecte en ligne {0} {1}", "Campagne réseaux sociaux {0} {1}", "Page de don printemps {1}"],
        _ => ["Soirée de gala {1}", "Concert caritatif {0} {1}", "Journée portes ouvertes {1}", "Course solidaire {1}", "Brocante solidaire {0} {1}"],
    };

    public static string CampaignCodeSuffix(CampaignChannel channel) => channel switch
    {
        CampaignChannel.Mail => "MAIL",
        CampaignChannel.Email => "EMAIL",
        CampaignChannel.Phone => "TEL",
        CampaignChannel.Web => "WEB",
        _ => "EVT",
    };

    public static readonly (string Code, string Label)[] SuspensionCodes =
        [("DCD", "Décédé"), ("NPAI", "N'habite pas à l'adresse indiquée"), ("DEM", "À sa demande")];

    public static readonly (string Code, string Label)[] MarketingCodes =
        [("GD", "Grand donateur"), ("BEN", "Ancien bénévole"), ("CA", "Membre du CA"), ("VIP", "VIP"), ("PAR", "Parrain")];

    public static readonly (string Code, string Label)[] ScoreTypes =
        [("REV", "Scoring revenus"), ("IFI", "Potentiel IFI"), ("GDON", "Score grand donateur")];

    public static readonly string[][] ScoreValues =
    [
        ["A", "B", "C", "D", "E"],
        ["Faible", "Moyen", "Élevé", "Très élevé"],
        ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
    ];
}
