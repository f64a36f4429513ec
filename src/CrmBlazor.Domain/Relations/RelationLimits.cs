namespace CrmBlazor.Domain.Relations;

public static class RelationLimits
{
    public const int CodeMaxLength = 20;
    public const int LabelMaxLength = 60;
    public const int NoteMaxLength = 200;
}
