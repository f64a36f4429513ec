namespace CrmBlazor.Domain.Common;

/// <summary>A business rule refused the operation; the message is shown to staff as is (French).</summary>
public sealed class DomainException(string message) : Exception(message);
