using CrmBlazor.Domain.Payments;

namespace CrmBlazor.Domain.Receipts;

public enum ReceiptKind
{
    /// <summary>RF unitaire: one receipt for one gift.</summary>
    PerGift,

    /// <summary>RF annuel: one receipt summing a donor's collected gifts of a year.</summary>
    Annual,
}

/// <summary>The three boxes of « mode de versement du don » on Cerfa 11580*05.</summary>
public enum ReceiptPaymentMode
{
    Cash,
    Cheque,
    TransferDebitOrCard,
}

/// <summary>The beneficiary category box ticked on the receipt (« Cochez la case concernée »).</summary>
public enum OrganisationCategory
{
    /// <summary>Œuvre ou organisme d'intérêt général — association loi 1901.</summary>
    GeneralInterestAssociation,

    /// <summary>Association ou fondation reconnue d'utilité publique (decree date in the detail).</summary>
    PublicUtility,

    /// <summary>Fonds de dotation.</summary>
    EndowmentFund,

    /// <summary>Organisme d'aide alimentaire, de soins médicaux ou de logement (« Coluche », 75 %).</summary>
    FreeAidToPeopleInDifficulty,

    /// <summary>Autres (précisez) — the detail says what.</summary>
    Other,
}

public static class ReceiptPaymentModes
{
    public static ReceiptPaymentMode From(PaymentMethod method) => method switch
    {
        PaymentMethod.Cash => ReceiptPaymentMode.Cash,
        PaymentMethod.Cheque => ReceiptPaymentMode.Cheque,
        _ => ReceiptPaymentMode.TransferDebitOrCard,
    };
}
