namespace CrmBlazor.Domain.Contacts;

/// <summary>Every length limit of the contact record, shared by the EF configuration and the validators.</summary>
public static class ContactLimits
{
    public const int NameMaxLength = 100;
    public const int OrganisationNameMaxLength = 150;
    public const int SiretLength = 14;
    public const int NotepadMaxLength = 4000;
    public const int MemoMaxLength = 4000;
    public const int EmailMaxLength = 254;
    public const int ReasonMaxLength = 200;
    public const int AddressLineMaxLength = 38;
    public const int PostalCodeMaxLength = 10;
    public const int CityMaxLength = 38;
    public const int CountryCodeLength = 2;
    public const int PhoneMaxLength = 20;
    public const int CodeMaxLength = 20;
    public const int LabelMaxLength = 100;
    public const int ScoreValueMaxLength = 40;
}
