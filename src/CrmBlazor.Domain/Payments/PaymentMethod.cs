namespace CrmBlazor.Domain.Payments;

/// <summary>How money reached the association (mode de règlement).</summary>
public enum PaymentMethod
{
    Cheque,
    Cash,
    Transfer,
    Card,
    DirectDebit,
    PayPal,
}

public static class PaymentMethods
{
    /// <summary>Cheques and cash are physical: they go through a payment batch and a bank deposit.</summary>
    public static bool IsPhysical(this PaymentMethod method) => method is PaymentMethod.Cheque or PaymentMethod.Cash;
}
