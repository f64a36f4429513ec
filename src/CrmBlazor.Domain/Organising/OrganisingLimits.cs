namespace CrmBlazor.Domain.Organising;

/// <summary>Every limit of groups and custom fields, shared by the EF configuration and the validators.</summary>
public static class OrganisingLimits
{
    public const int GroupNameMaxLength = 100;
    public const int GroupDescriptionMaxLength = 1000;
    public const int FieldLabelMaxLength = 100;
    public const int OptionMaxLength = 100;
    public const int MaxOptions = 50;
    public const int TextValueMaxLength = 1000;
    public const int PhoneValueMaxLength = 20;
}
