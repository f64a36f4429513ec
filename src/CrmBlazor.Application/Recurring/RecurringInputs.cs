using System.Globalization;
using CrmBlazor.Application.Payments;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Recurring;
using FluentValidation;
using Npgsql;

namespace CrmBlazor.Application.Recurring;

/// <summary>What the recurring-gift forms share: the card expiry as typed, the amount and reference rules, the unique indexes' names.</summary>
public static class RecurringInputs
{
    /// <summary>« 09/2028 » → 30/09/2028, the last day the card can be charged; null when it does not read as MM/AAAA.</summary>
    public static DateOnly? CardExpiry(string? typed)
    {
        if (typed is null
            || !DateOnly.TryParseExact(typed.Trim(), ["MM/yyyy", "M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return null;
        }

        return new DateOnly(month.Year, month.Month, DateTime.DaysInMonth(month.Year, month.Month));
    }

    public static IRuleBuilderOptions<T, decimal> ValidGiftAmount<T>(this IRuleBuilder<T, decimal> rule) => rule.ValidAmount(Messages.Recurring_AmountInvalid);

    public static IRuleBuilderOptions<T, string?> ValidProviderReference<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(Messages.Recurring_ProviderReferenceRequired)
            .Must(r => r is null || r.Trim().Length <= RecurringLimits.ProviderReferenceMaxLength)
            .WithMessage(string.Format(Messages.Recurring_ProviderReferenceTooLong, RecurringLimits.ProviderReferenceMaxLength));

    public static IRuleBuilderOptions<T, int> ValidCollectionDay<T>(this IRuleBuilder<T, int> rule) =>
        rule.InclusiveBetween(DueDates.MinAnchorDay, DueDates.MaxAnchorDay).WithMessage(Messages.Recurring_CollectionDayInvalid);

    /// <summary>A reason shortened to what a status reason holds, for reasons built from another one.</summary>
    public static string Fit(string reason) => reason.Length <= MoneyLimits.ReasonMaxLength ? reason : reason[..MoneyLimits.ReasonMaxLength].TrimEnd();

    /// <summary>The unique index on (channel, provider reference) refused the gift.</summary>
    public static bool IsProviderReferenceTaken(this Exception exception) => IsUnique(exception, "ix_recurring_gifts_channel_provider_reference");

    /// <summary>The unique index on the RUM refused the mandate.</summary>
    public static bool IsRumTaken(this Exception exception) => IsUnique(exception, "ix_sepa_mandates_rum");

    private static bool IsUnique(Exception exception, string index) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException) is
        { SqlState: PostgresErrorCodes.UniqueViolation } unique
        && unique.ConstraintName == index;
}
