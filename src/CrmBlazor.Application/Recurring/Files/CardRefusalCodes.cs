namespace CrmBlazor.Application.Recurring.Files;

/// <summary>
/// The card networks' authorisation answers a supervisor meets most, in words: the decision on an unpaid instalment
/// depends on them (insufficient funds may be tried again, a lost card or a refusal by the donor may not).
/// </summary>
internal static class CardRefusalCodes
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["02"] = "contacter l'émetteur de la carte",
        ["03"] = "commerçant invalide",
        ["04"] = "carte à capturer",
        ["05"] = "ne pas honorer",
        ["07"] = "carte à capturer",
        ["12"] = "transaction invalide",
        ["13"] = "montant invalide",
        ["14"] = "numéro de carte invalide",
        ["15"] = "émetteur inconnu",
        ["33"] = "carte expirée",
        ["34"] = "suspicion de fraude",
        ["41"] = "carte perdue",
        ["43"] = "carte volée",
        ["51"] = "provision insuffisante",
        ["54"] = "carte expirée",
        ["56"] = "carte absente du fichier",
        ["57"] = "transaction non permise à ce porteur",
        ["59"] = "suspicion de fraude",
        ["61"] = "plafond dépassé",
        ["62"] = "carte restreinte",
        ["63"] = "règles de sécurité non respectées",
        ["75"] = "trop d'essais du code confidentiel",
        ["76"] = "carte en opposition",
        ["91"] = "émetteur inaccessible",
        ["96"] = "incident technique",
    };

    /// <summary>« 51 : provision insuffisante », or the code alone when unknown.</summary>
    public static string Describe(string code) => Labels.TryGetValue(code, out var label) ? $"{code} : {label}" : code;
}
