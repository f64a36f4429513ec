using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Payments;
using FluentValidation;
using Npgsql;

namespace CrmBlazor.Application.Payments;

/// <summary>Rules every money command shares: amounts in euros and cents, reasons for every cancellation.</summary>
public static class MoneyRules
{
    public static IRuleBuilderOptions<T, decimal> ValidAmount<T>(this IRuleBuilder<T, decimal> rule, string message) =>
        rule.Must(MoneyLimits.IsValidAmount).WithMessage(string.Format(message, MoneyLimits.MaxAmount));

    public static IRuleBuilderOptions<T, string> ValidReason<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(Messages.Money_ReasonRequired)
            .Must(r => r is null || r.Trim().Length <= MoneyLimits.ReasonMaxLength)
            .WithMessage(string.Format(Messages.Money_ReasonTooLong, MoneyLimits.ReasonMaxLength));

    /// <summary>
    /// PostgreSQL refused the money at commit (a payment whose lines do not add up, money rewritten):
    /// the checks before it should make this unreachable, so it is reported, never hidden.
    /// </summary>
    public static bool IsMoneyInvariant(this Exception exception) =>
        (exception as PostgresException ?? exception.InnerException as PostgresException) is
        { SqlState: PostgresErrorCodes.CheckViolation or PostgresErrorCodes.RestrictViolation };
}
