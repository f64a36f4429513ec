using CrmBlazor.Domain.Organisation;

namespace CrmBlazor.UnitTests.Organisation;

/// <summary>SIREN (9 digits with a Luhn key) or RNA (« W » and 9 digits), typed with spaces.</summary>
public sealed class OrganisationIdentifierTests
{
    [Theory]
    [InlineData("732829320")]
    [InlineData("732 829 320")]
    [InlineData("356 000 000")]
    [InlineData("552 032 534")]
    public void SIRENs_passing_the_Luhn_key_are_valid(string siren)
    {
        Assert.True(OrganisationIdentifier.IsSiren(siren));
        Assert.True(OrganisationIdentifier.IsValid(siren));
        Assert.False(OrganisationIdentifier.IsRna(siren));
    }

    [Theory]
    [InlineData("732829321", "last digit wrong")]
    [InlineData("723829320", "two digits swapped")]
    [InlineData("73282932", "eight digits")]
    [InlineData("7328293200", "ten digits")]
    [InlineData("73282932A", "a letter")]
    public void Other_nine_character_codes_are_not_SIRENs(string siren, string why)
    {
        Assert.False(OrganisationIdentifier.IsSiren(siren), why);
    }

    [Theory]
    [InlineData("W751234567")]
    [InlineData("W75 1234567")]
    [InlineData("w691234567")]
    public void RNA_numbers_are_W_and_nine_digits(string rna)
    {
        Assert.True(OrganisationIdentifier.IsRna(rna));
        Assert.True(OrganisationIdentifier.IsValid(rna));
    }

    [Theory]
    [InlineData("W75123456")]
    [InlineData("W7512345678")]
    [InlineData("A751234567")]
    [InlineData("W75123456X")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_neither(string? identifier)
    {
        Assert.False(OrganisationIdentifier.IsValid(identifier));
    }

    [Fact]
    public void Normalize_keeps_the_identifier_compact_and_upper_case()
    {
        Assert.Equal("W751234567", OrganisationIdentifier.Normalize(" w75 123 4567 "));
        Assert.Equal("732829320", OrganisationIdentifier.Normalize("732 829 320"));
    }
}
