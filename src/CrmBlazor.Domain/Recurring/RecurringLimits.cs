namespace CrmBlazor.Domain.Recurring;

/// <summary>Limits of the recurring-giving columns, shared by the EF configuration and the validators.</summary>
public static class RecurringLimits
{
    /// <summary>ISO 20022 Max35Text: the RUM, the end-to-end id, message and batch ids.</summary>
    public const int Max35 = 35;
    public const int ProviderReferenceMaxLength = 100;
    public const int DebtorNameMaxLength = 70;
    public const int ReasonCodeMaxLength = 10;
    public const int NoteMaxLength = 1000;

    /// <summary>A mandate with no collection presented for 36 months lapses (Banque de France).</summary>
    public const int MandateLapseMonths = 36;
}
