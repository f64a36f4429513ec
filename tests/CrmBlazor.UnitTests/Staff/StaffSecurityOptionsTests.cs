using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Staff;

namespace CrmBlazor.UnitTests.Staff;

public sealed class StaffSecurityOptionsTests
{
    [Fact]
    public void Without_configuration_the_production_two_factor_rule_applies()
    {
        var rule = new StaffSecurityOptions().CreateTwoFactorRule();

        Assert.True(rule.IsRequiredFor([StaffRoles.Supervisor]));
        Assert.True(rule.IsRequiredFor([StaffRoles.Administrator]));
        Assert.False(rule.IsRequiredFor([StaffRoles.Operator]));
    }

    [Fact]
    public void Configured_roles_replace_the_production_default()
    {
        var options = new StaffSecurityOptions { RequireTwoFactorForRoles = "" };

        Assert.False(options.CreateTwoFactorRule().IsRequiredFor([StaffRoles.Administrator]));
    }

    [Fact]
    public void Roles_are_read_from_a_comma_separated_list()
    {
        var options = new StaffSecurityOptions { RequireTwoFactorForRoles = " Opérateur ,Superviseur, " };

        Assert.Equal([StaffRoles.Operator, StaffRoles.Supervisor], options.RolesRequiringTwoFactor);
        Assert.True(options.NamesOnlyKnownRoles);
    }

    [Fact]
    public void A_misspelt_role_is_detected()
    {
        Assert.False(new StaffSecurityOptions { RequireTwoFactorForRoles = "Administrateurs" }.NamesOnlyKnownRoles);
    }

    [Fact]
    public void Authenticator_apps_show_crmblazor_by_default()
    {
        Assert.Equal("CrmBlazor", new StaffSecurityOptions().AuthenticatorIssuer);
    }
}
