using CrmBlazor.Domain.Payments;

namespace CrmBlazor.UnitTests.Payments;

/// <summary>IBANs (ISO 13616): the country's length and the mod-97 key, whatever spaces and case people type.</summary>
public sealed class IbanTests
{
    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 189")]
    [InlineData("FR1420041010050500013M02606")]
    [InlineData("fr14 2004 1010 0505 0001 3m02 606")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("GB29 NWBK 6016 1331 9268 19")]
    [InlineData("BE68 5390 0754 7034")]
    [InlineData("CH93 0076 2011 6238 5295 7")]
    [InlineData("IT60 X054 2811 1010 0000 0123 456")]
    [InlineData("ES91 2100 0418 4502 0005 1332")]
    public void Real_IBANs_are_valid_with_or_without_spaces_and_in_any_case(string iban)
    {
        Assert.True(Iban.IsValid(iban));
    }

    [Theory]
    [InlineData("FR76 3000 6000 0112 3456 7890 188", "one digit typed wrong breaks the key")]
    [InlineData("FR67 3000 6000 0112 3456 7890 189", "two check digits swapped")]
    [InlineData("FR76 3000 6000 0112 3456 7890 18", "one character short of France's 27")]
    [InlineData("DE89 3704 0044 0532 0130 000", "one character beyond Germany's 22")]
    [InlineData("XX76 3000 6000 0112 3456 7890 189", "no such country in the registry")]
    [InlineData("FRAB 3000 6000 0112 3456 7890 189", "check digits must be digits")]
    [InlineData("FR76-3000-6000-0112-3456-7890-189", "only spaces may separate groups")]
    [InlineData("", "empty")]
    [InlineData(null, "missing")]
    public void Wrong_IBANs_are_refused(string? iban, string why)
    {
        Assert.False(Iban.IsValid(iban), why);
    }

    [Fact]
    public void Normalize_removes_spaces_and_upper_cases_and_Format_groups_by_four()
    {
        var compact = Iban.Normalize(" fr14 2004 1010 0505 0001 3m02 606 ");

        Assert.Equal("FR1420041010050500013M02606", compact);
        Assert.Equal("FR14 2004 1010 0505 0001 3M02 606", Iban.Format(compact!));
        Assert.Equal("GB29 NWBK 6016 1331 9268 19", Iban.Format("gb29nwbk60161331926819"));
        Assert.Null(Iban.Normalize(null));
    }
}
