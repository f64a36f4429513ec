using CrmBlazor.Domain.Common;

namespace CrmBlazor.Domain.Payments;

/// <summary>Every cancellation, refund or correction of money carries its reason.</summary>
public static class Reasons
{
    public static string Require(string? reason)
    {
        var trimmed = reason?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException("Indiquez le motif.");
        }

        if (trimmed.Length > MoneyLimits.ReasonMaxLength)
        {
            throw new DomainException($"Le motif dépasse {MoneyLimits.ReasonMaxLength} caractères.");
        }

        return trimmed;
    }
}
