namespace CrmBlazor.Application.Recurring.Scheduling;

/// <summary>Settings of recurring giving (section <c>Recurring</c> of the configuration).</summary>
public sealed class RecurringOptions
{
    public const string Section = "Recurring";

    /// <summary>Days between the run and the earliest SEPA collection date (the bank's cut-off; D-1 is the Core minimum).</summary>
    public int SepaLeadDays { get; set; } = 2;

    /// <summary>Days after its collection date when a debit nobody returned counts as collected.</summary>
    public int SepaSettlementDays { get; set; } = 5;
}
