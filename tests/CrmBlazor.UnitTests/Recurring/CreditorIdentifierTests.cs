using CrmBlazor.Domain.Recurring;

namespace CrmBlazor.UnitTests.Recurring;

/// <summary>The ICS: FR + two check digits (mod 97 over national id + « FR00 ») + business code + 6-character national id.</summary>
public sealed class CreditorIdentifierTests
{
    [Theory]
    [InlineData("FR72ZZZ123456", "the EPC's French example")]
    [InlineData("fr72 zzz 123456", "typed in lower case with spaces")]
    [InlineData("FR72ABC123456", "the business code does not count in the check digits")]
    [InlineData("FR19ZZZ654321", "another national id")]
    [InlineData("DE98ZZZ09999999999", "the Bundesbank's test identifier: same rule, longer national id")]
    public void Identifiers_with_the_right_check_digits_are_valid(string identifier, string why)
    {
        Assert.True(CreditorIdentifier.IsValid(identifier), why);
        Assert.Equal("", CreditorIdentifier.Explain(identifier));
    }

    [Theory]
    [InlineData("FR73ZZZ123456", "La clé de contrôle de l'ICS est fausse : vérifiez chaque caractère.")]
    [InlineData("FR72ZZZ123465", "La clé de contrôle de l'ICS est fausse : vérifiez chaque caractère.")]
    [InlineData("FR72ZZZ12345", "Un ICS français fait 13 caractères (ex. FR72ZZZ123456) ; celui-ci en a 12.")]
    [InlineData("FR72ZZZ1234567", "Un ICS français fait 13 caractères (ex. FR72ZZZ123456) ; celui-ci en a 14.")]
    [InlineData("ZZZ123456", "L'ICS commence par le code du pays puis deux chiffres de contrôle (ex. FR72ZZZ123456).")]
    [InlineData("FR72-ZZZ-123456", "L'ICS ne contient que des lettres et des chiffres (les espaces sont acceptés).")]
    [InlineData("  ", "Saisissez l'identifiant créancier SEPA (ICS).")]
    [InlineData(null, "Saisissez l'identifiant créancier SEPA (ICS).")]
    public void Wrong_identifiers_are_explained_in_French(string? identifier, string explanation)
    {
        Assert.False(CreditorIdentifier.IsValid(identifier));
        Assert.Equal(explanation, CreditorIdentifier.Explain(identifier));
    }

    [Fact]
    public void Normalize_keeps_the_identifier_compact_and_upper_case()
    {
        Assert.Equal("FR72ZZZ123456", CreditorIdentifier.Normalize(" fr72 zzz\t123456 "));
        Assert.Null(CreditorIdentifier.Normalize(null));
    }
}
