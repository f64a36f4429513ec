using System.Globalization;
using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.UnitTests.Receipts;

public sealed class AmountInWordsTests
{
    [Theory]
    [InlineData("0.50", "cinquante centimes")]
    [InlineData("0.01", "un centime")]
    [InlineData("0", "zéro euro")]
    [InlineData("1", "un euro")]
    [InlineData("1.01", "un euro et un centime")]
    [InlineData("71", "soixante et onze euros")]
    [InlineData("80", "quatre-vingts euros")]
    [InlineData("81", "quatre-vingt-un euros")]
    [InlineData("120.50", "cent vingt euros et cinquante centimes")]
    [InlineData("200", "deux cents euros")]
    [InlineData("201", "deux cent un euros")]
    [InlineData("1000", "mille euros")]
    [InlineData("80000", "quatre-vingt mille euros")]
    [InlineData("1000000", "un million d'euros")]
    [InlineData("2000000", "deux millions d'euros")]
    [InlineData("1234567.89", "un million deux cent trente-quatre mille cinq cent soixante-sept euros et quatre-vingt-neuf centimes")]
    public void Amount_is_written_in_French_words(string amount, string words) =>
        Assert.Equal(words, AmountInWords.Euros(decimal.Parse(amount, CultureInfo.InvariantCulture)));

    [Fact]
    public void A_negative_amount_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AmountInWords.Euros(-1m));

    [Fact]
    public void An_amount_with_fractions_of_a_cent_is_refused() =>
        Assert.Throws<ArgumentException>(() => AmountInWords.Euros(1.005m));
}
