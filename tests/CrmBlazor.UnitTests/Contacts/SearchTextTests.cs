using CrmBlazor.Application.Contacts;

namespace CrmBlazor.UnitTests.Contacts;

/// <summary>How the quick-search box reads what an operator typed.</summary>
public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Dupont", "Dupont")]
    [InlineData("  jean   dupont  ", "jean dupont")]
    [InlineData("Hélène", "Hélène")]
    [InlineData("M. Dupont", "M. Dupont")]
    [InlineData("d'Arc", "d'Arc")]
    [InlineData("Lu", "Lu")]
    public void Text_without_at_sign_or_lone_dotted_word_is_a_name_with_its_spaces_collapsed(string typed, string expected)
    {
        var search = SearchText.Parse(typed);

        Assert.Equal(SearchKind.Name, search.Kind);
        Assert.Equal(expected, search.Text);
        Assert.Null(search.MemberNumber);
    }

    [Theory]
    [InlineData("Jean.Dupont@Orange.fr", "jean.dupont@orange.fr")]
    [InlineData("jean.dupont@", "jean.dupont@")]
    [InlineData("@orange", "@orange")]
    [InlineData("Jean.Dupont", "jean.dupont")]
    public void Text_with_an_at_sign_or_a_dot_and_no_space_is_an_email_in_lower_case(string typed, string expected)
    {
        var search = SearchText.Parse(typed);

        Assert.Equal(SearchKind.Email, search.Kind);
        Assert.Equal(expected, search.Text);
    }

    [Theory]
    [InlineData("06 12 34 56 78", "0612345678")]
    [InlineData("0612345678", "0612345678")]
    [InlineData("+33 6 12 34 56 78", "33612345678")]
    [InlineData("06.12.34.56.78", "0612345678")]
    [InlineData("(0)6-12-34", "061234")]
    [InlineData("+33", "33")]
    public void Digits_with_phone_punctuation_beyond_five_digits_or_with_a_plus_are_a_phone(string typed, string digits)
    {
        var search = SearchText.Parse(typed);

        Assert.Equal(SearchKind.Phone, search.Kind);
        Assert.Equal(digits, search.Digits);
    }

    [Fact]
    public void Five_digits_are_a_postcode_that_may_also_be_a_member_number()
    {
        var search = SearchText.Parse("75011");

        Assert.Equal((SearchKind.PostalCode, "75011", 75011L), (search.Kind, search.Digits, search.MemberNumber));
    }

    [Theory]
    [InlineData("75", 75L)]
    [InlineData("750", 750L)]
    [InlineData("7501", 7501L)]
    public void Two_to_four_digits_are_a_postcode_prefix_and_a_member_number(string typed, long member)
    {
        var search = SearchText.Parse(typed);

        Assert.Equal(SearchKind.PostalCode, search.Kind);
        Assert.Equal(typed, search.Digits);
        Assert.Equal(member, search.MemberNumber);
    }

    [Fact]
    public void A_long_number_is_a_phone_and_still_a_member_number()
    {
        var search = SearchText.Parse("100123");

        Assert.Equal((SearchKind.Phone, 100123L), (search.Kind, search.MemberNumber));
    }

    [Fact]
    public void More_than_twelve_digits_are_no_member_number()
    {
        Assert.Null(SearchText.Parse("0033612345678").MemberNumber);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData(" é ")]
    [InlineData("7")]
    public void Nothing_or_one_character_searches_nothing(string? typed)
    {
        Assert.Equal(SearchKind.None, SearchText.Parse(typed).Kind);
    }

    [Fact]
    public void Input_longer_than_one_hundred_characters_is_cut()
    {
        var search = SearchText.Parse(new string('a', 150));

        Assert.Equal(SearchKind.Name, search.Kind);
        Assert.Equal(SearchText.MaxLength, search.Text.Length);
    }

    [Theory]
    [InlineData("dupont", "dupont%")]
    [InlineData("50%", @"50\%%")]
    [InlineData("jean_dupont", @"jean\_dupont%")]
    [InlineData(@"a\b", @"a\\b%")]
    [InlineData(@"\%_", @"\\\%\_%")]
    public void Prefix_pattern_escapes_the_LIKE_wildcards_and_the_escape_character(string value, string expected)
    {
        Assert.Equal(expected, SearchText.PrefixPattern(value));
    }
}
