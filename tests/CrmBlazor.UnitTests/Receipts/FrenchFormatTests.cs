using CrmBlazor.Infrastructure.Pdf;

namespace CrmBlazor.UnitTests.Receipts;

public sealed class FrenchFormatTests
{
    [Theory]
    [InlineData(0, "0,00 €")]
    [InlineData(5.5, "5,50 €")]
    [InlineData(1234.5, "1 234,50 €")]
    [InlineData(1234567.89, "1 234 567,89 €")]
    public void Euros_use_a_comma_groups_of_three_and_a_trailing_sign(decimal amount, string expected) =>
        Assert.Equal(expected, FrenchFormat.Euros(amount).Replace(FrenchFormat.GroupSpace, ' '));

    [Fact]
    public void Spaces_in_an_amount_do_not_break_lines() =>
        Assert.DoesNotContain(' ', FrenchFormat.Euros(1234567.89m));

    [Fact]
    public void Dates_are_day_month_year() =>
        Assert.Equal("05/01/2026", FrenchFormat.Date(new DateOnly(2026, 1, 5)));
}
