using CrmBlazor.Application.Staff;

namespace CrmBlazor.UnitTests.Staff;

public sealed class TwoFactorEnrolmentTests
{
    [Fact]
    public void The_key_is_shown_in_lower_case_groups_of_four()
    {
        Assert.Equal("jbsw y3dp ehpk 3pxp", TwoFactorEnrolment.FormatKey("JBSWY3DPEHPK3PXP"));
    }

    [Fact]
    public void A_key_not_a_multiple_of_four_ends_with_a_short_group()
    {
        Assert.Equal("abcd efgh ij", TwoFactorEnrolment.FormatKey("ABCDEFGHIJ"));
    }

    [Fact]
    public void A_single_group_has_no_space()
    {
        Assert.Equal("abcd", TwoFactorEnrolment.FormatKey("ABCD"));
        Assert.Equal("ab", TwoFactorEnrolment.FormatKey("AB"));
    }

    [Fact]
    public void An_empty_key_formats_as_empty()
    {
        Assert.Equal("", TwoFactorEnrolment.FormatKey(""));
    }

    [Fact]
    public void The_authenticator_uri_follows_the_key_uri_format()
    {
        var uri = TwoFactorEnrolment.AuthenticatorUri("CrmBlazor", "anne@example.org", "JBSWY3DPEHPK3PXP");

        Assert.Equal("otpauth://totp/CrmBlazor:anne%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=CrmBlazor&digits=6", uri);
    }

    [Fact]
    public void The_issuer_and_account_are_url_encoded()
    {
        var uri = TwoFactorEnrolment.AuthenticatorUri("Les Amis d'Élise & Co", "anne+crm@example.org", "KEY");

        Assert.Equal(
            "otpauth://totp/Les%20Amis%20d%27%C3%89lise%20%26%20Co:anne%2Bcrm%40example.org"
            + "?secret=KEY&issuer=Les%20Amis%20d%27%C3%89lise%20%26%20Co&digits=6",
            uri);
    }

    [Fact]
    public void A_colon_in_the_issuer_cannot_be_mistaken_for_the_label_separator()
    {
        var uri = new Uri(TwoFactorEnrolment.AuthenticatorUri("Asso:Paris", "anne@example.org", "KEY"));

        Assert.Equal("otpauth", uri.Scheme);
        Assert.Equal("totp", uri.Host);
        Assert.Equal("/Asso%3AParis:anne%40example.org", uri.AbsolutePath);
        Assert.Contains("issuer=Asso%3AParis", uri.Query, StringComparison.Ordinal);
    }
}
