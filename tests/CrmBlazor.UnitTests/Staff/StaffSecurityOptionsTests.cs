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
        var options = new StaffSecurityOptions { RequireTwoFactorForRoles = [] };

        Assert.False(options.CreateTwoFactorRule().IsRequiredFor([StaffRoles.Administrator]));
    }

    [Fact]
    public void Changing_one_instance_leaves_the_production_default_untouched()
    {
        var options = new StaffSecurityOptions();
        options.RequireTwoFactorForRoles[0] = StaffRoles.Operator;

        Assert.Equal([StaffRoles.Supervisor, StaffRoles.Administrator], TwoFactorRule.ProductionDefault);
        Assert.Equal([StaffRoles.Supervisor, StaffRoles.Administrator], new StaffSecurityOptions().RequireTwoFactorForRoles);
    }

    [Fact]
    public void Authenticator_apps_show_crmblazor_by_default()
    {
        Assert.Equal("CrmBlazor", new StaffSecurityOptions().AuthenticatorIssuer);
    }
}
