using System.Collections.Frozen;

namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// ISO 20022 reason codes of SEPA direct-debit rejects, returns and refunds (EPC « Guidance on reason codes for SDD
/// R-transactions »), in French for the unpaid review, and whether the cause is lasting: a closed account, a missing
/// mandate, a deceased debtor or the donor's own refusal means the gift should stop, while insufficient funds or a
/// technical error is worth trying again at the next due date.
/// </summary>
public static class SepaReasonCodes
{
    private static readonly FrozenDictionary<string, string> Labels = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["AC01"] = "IBAN incorrect",
        ["AC04"] = "Compte clôturé",
        ["AC06"] = "Compte bloqué",
        ["AC13"] = "Compte du débiteur non autorisé au prélèvement (compte de non-consommateur)",
        ["AG01"] = "Opération interdite sur ce compte (ex. livret d'épargne)",
        ["AG02"] = "Code opération ou format de fichier incorrect",
        ["AM04"] = "Provision insuffisante",
        ["AM05"] = "Prélèvement présenté en double",
        ["BE05"] = "Identifiant créancier (ICS) inconnu ou incorrect",
        ["CNOR"] = "Banque du créancier non joignable",
        ["DNOR"] = "Banque du débiteur non joignable",
        ["ED05"] = "Règlement interbancaire échoué",
        ["FF01"] = "Format de fichier invalide",
        ["FOCR"] = "Retour à la suite d'une demande d'annulation",
        ["MD01"] = "Pas de mandat ou mandat invalide",
        ["MD02"] = "Informations du mandat manquantes ou erronées",
        ["MD06"] = "Remboursement demandé par le débiteur",
        ["MD07"] = "Débiteur décédé",
        ["MS02"] = "Refus du débiteur (motif non précisé)",
        ["MS03"] = "Motif non communiqué par la banque",
        ["RC01"] = "BIC incorrect",
        ["RR01"] = "Compte ou identité du débiteur manquant (motif réglementaire)",
        ["RR02"] = "Nom ou adresse du débiteur manquant (motif réglementaire)",
        ["RR03"] = "Nom ou adresse du créancier manquant (motif réglementaire)",
        ["RR04"] = "Motif réglementaire",
        ["SL01"] = "Service particulier de la banque du débiteur (opposition aux prélèvements de ce créancier)",
        ["TM01"] = "Fichier reçu après l'heure limite",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Causes that will not go away by presenting the debit again: the gift should be stopped or a new mandate signed.</summary>
    private static readonly FrozenSet<string> Final =
        new[] { "AC01", "AC04", "AC06", "AC13", "AG01", "MD01", "MD06", "MD07", "MS02", "SL01" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The French label of a code; « Motif bancaire XXXX » for a code this list does not know.</summary>
    public static string Label(string? code)
    {
        var normalized = Normalize(code);
        if (normalized.Length == 0)
        {
            return "Motif bancaire non précisé";
        }

        return Labels.TryGetValue(normalized, out var label) ? label : $"Motif bancaire {normalized}";
    }

    /// <summary>
    /// True when the cause lasts (closed or wrong account, no mandate, deceased debtor, the donor's refusal or refund):
    /// the gift should stop. False for temporary or technical causes (insufficient funds, unknown reason, file errors),
    /// after which the next due date may be presented.
    /// </summary>
    public static bool IsFinal(string? code) => Final.Contains(Normalize(code));

    public static bool IsKnown(string? code) => Labels.ContainsKey(Normalize(code));

    private static string Normalize(string? code) => code?.Trim().ToUpperInvariant() ?? "";
}
