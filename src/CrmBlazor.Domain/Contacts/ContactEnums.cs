namespace CrmBlazor.Domain.Contacts;

public enum ContactKind
{
    Person,
    Organisation,
}

public enum Civility
{
    Monsieur,
    Madame,
    MonsieurEtMadame,
}

public enum OrganisationKind
{
    Association,
    Company,
    Foundation,
    PublicBody,
    Other,
}

/// <summary>How the donor wants tax receipts (préférence RF).</summary>
public enum ReceiptPreference
{
    PerGift,
    Annual,
    None,
    ByEmail,
}

public enum PhoneType
{
    Mobile,
    Home,
    Work,
    Fax,
}

public enum EmailStatus
{
    Valid,
    Unusable,
}
