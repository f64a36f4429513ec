namespace CrmBlazor.Domain.Payments;

/// <summary>Limits of money columns (numeric(12,2)) and of payment texts, shared by EF and validators.</summary>
public static class MoneyLimits
{
    public const int Precision = 12;
    public const int Scale = 2;
    public const decimal MaxAmount = 9_999_999_999.99m;
    public const int BankNameMaxLength = 60;
    public const int ChequeNumberMaxLength = 20;
    public const int DrawerMaxLength = 100;
    public const int ReasonMaxLength = 200;
    public const int LabelMaxLength = 100;

    public static bool IsValidAmount(decimal amount) => amount > 0 && amount <= MaxAmount && decimal.Round(amount, Scale) == amount;
}
