using System.Globalization;
using Humanizer;

namespace CrmBlazor.Domain.Receipts;

/// <summary>
/// A euro amount written out in French, as the Cerfa 11580*05 receipt requires next to the figures:
/// « cent vingt euros et cinquante centimes ». The number words come from Humanizer's French rules
/// (« quatre-vingts », « deux cents », « soixante et onze »); only the currency grammar is ours.
/// </summary>
public static class AmountInWords
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static string Euros(decimal amount)
    {
        if (amount < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, "A receipt amount is never negative.");
        }

        if (decimal.Round(amount, 2) != amount)
        {
            throw new ArgumentException("A receipt amount has at most two decimals.", nameof(amount));
        }

        var euros = (long)decimal.Truncate(amount);
        var cents = (int)((amount - euros) * 100);
        if (euros == 0 && cents > 0)
        {
            return Cents(cents);
        }

        var text = $"{euros.ToWords(French)} {EuroUnit(euros)}";
        return cents == 0 ? text : $"{text} et {Cents(cents)}";
    }

    /// <summary>« un euro », « deux euros », and « un million d'euros » when the amount ends on million or milliard.</summary>
    private static string EuroUnit(long euros)
    {
        if (euros <= 1)
        {
            return "euro";
        }

        return euros % 1_000_000 == 0 ? "d'euros" : "euros";
    }

    private static string Cents(int cents) => $"{((long)cents).ToWords(French)} {(cents == 1 ? "centime" : "centimes")}";
}
