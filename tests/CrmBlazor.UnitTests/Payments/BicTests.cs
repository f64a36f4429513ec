using CrmBlazor.Domain.Payments;

namespace CrmBlazor.UnitTests.Payments;

public sealed class BicTests
{
    [Theory]
    [InlineData("AGRIFRPP")]
    [InlineData("agrifrpp")]
    [InlineData("BNPAFRPPXXX")]
    [InlineData("CCBP FRPP MTG")]
    public void Eight_or_eleven_characters_with_bank_and_country_letters_are_valid(string bic)
    {
        Assert.True(Bic.IsValid(bic));
    }

    [Theory]
    [InlineData("AGRIFRP")]
    [InlineData("AGRIFRPPX")]
    [InlineData("AGR1FRPP")]
    [InlineData("AGRI-FRPP")]
    [InlineData("")]
    public void Other_lengths_or_digits_in_bank_or_country_are_refused(string bic)
    {
        Assert.False(Bic.IsValid(bic));
    }

    [Fact]
    public void Normalize_removes_spaces_upper_cases_and_turns_blank_into_null()
    {
        Assert.Equal("BNPAFRPPXXX", Bic.Normalize(" bnpa frpp xxx "));
        Assert.Null(Bic.Normalize("  "));
    }
}
