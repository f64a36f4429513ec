namespace CrmBlazor.Domain.Events;

public static class EventLimits
{
    public const int NameMaxLength = 150;
    public const int PlaceMaxLength = 200;
    public const int MaxCapacity = 100_000;
}
