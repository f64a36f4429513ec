using System.Globalization;

namespace CrmBlazor.Domain.Recurring;

/// <summary>
/// The end-to-end id a debit carries to the bank and back in its returns: our donation id behind a prefix, so a return
/// finds its instalment by primary key and two debits can never share one.
/// </summary>
public static class SepaEndToEnd
{
    public const string Prefix = "CRMB-";

    public static string For(long donationId) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{donationId}");

    /// <summary>The donation a returned end-to-end id names, or null when the id is not one of ours.</summary>
    public static long? DonationId(string endToEndId) =>
        endToEndId.StartsWith(Prefix, StringComparison.Ordinal)
        && long.TryParse(endToEndId.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
        && For(id) == endToEndId
            ? id
            : null;
}
