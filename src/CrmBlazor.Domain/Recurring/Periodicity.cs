namespace CrmBlazor.Domain.Recurring;

/// <summary>How often a recurring gift falls due.</summary>
public enum Periodicity
{
    Monthly,
    Quarterly,
    HalfYearly,
    Yearly,
}

public static class Periodicities
{
    public static int Months(this Periodicity periodicity) => periodicity switch
    {
        Periodicity.Monthly => 1,
        Periodicity.Quarterly => 3,
        Periodicity.HalfYearly => 6,
        Periodicity.Yearly => 12,
        _ => throw new ArgumentOutOfRangeException(nameof(periodicity)),
    };

    /// <summary>How many instalments fall in a year: 12 monthly, 4 quarterly…</summary>
    public static int PerYear(this Periodicity periodicity) => 12 / periodicity.Months();
}
