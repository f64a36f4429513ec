using CrmBlazor.Application.Resources;

namespace CrmBlazor.Application.Common;

/// <summary>French labels of domain enums, from the <c>Enum_{Type}_{Value}</c> messages, so pages and messages say the same words.</summary>
public static class EnumLabels
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        Messages.ResourceManager.GetString($"Enum_{typeof(T).Name}_{value}", Messages.Culture) ?? value.ToString();
}
