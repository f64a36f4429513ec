using CrmBlazor.Domain.Staff;

namespace CrmBlazor.UnitTests.Staff;

public sealed class TwoFactorRuleTests
{
    private static readonly TwoFactorRule Production = new(TwoFactorRule.ProductionDefault);

    [Fact]
    public void Production_default_requires_two_factor_for_supervisors_and_administrators_only()
    {
        Assert.Equal(
            new[] { StaffRoles.Supervisor, StaffRoles.Administrator }.Order(),
            TwoFactorRule.ProductionDefault.Order());
    }

    [Theory]
    [InlineData("Superviseur")]
    [InlineData("Administrateur")]
    public void In_production_two_factor_is_required_for(string role)
    {
        Assert.True(Production.IsRequiredFor([role]));
    }

    [Fact]
    public void In_production_two_factor_is_not_required_for_an_operator()
    {
        Assert.False(Production.IsRequiredFor([StaffRoles.Operator]));
    }

    [Fact]
    public void Two_factor_is_not_required_for_a_member_without_roles()
    {
        Assert.False(Production.IsRequiredFor([]));
    }

    [Fact]
    public void One_role_requiring_two_factor_is_enough()
    {
        Assert.True(Production.IsRequiredFor([StaffRoles.Operator, StaffRoles.Supervisor]));
    }

    [Fact]
    public void Role_names_are_compared_exactly()
    {
        Assert.False(Production.IsRequiredFor(["superviseur", "ADMINISTRATEUR"]));
    }

    [Fact]
    public void A_rule_with_no_roles_never_requires_two_factor()
    {
        var rule = new TwoFactorRule([]);

        Assert.False(rule.IsRequiredFor(StaffRoles.All));
        Assert.Empty(rule.Roles);
    }

    [Fact]
    public void A_configured_rule_can_require_two_factor_for_operators_too()
    {
        var rule = new TwoFactorRule(StaffRoles.All);

        Assert.True(rule.IsRequiredFor([StaffRoles.Operator]));
    }

    [Fact]
    public void Roles_lists_each_configured_role_once()
    {
        var rule = new TwoFactorRule([StaffRoles.Administrator, StaffRoles.Administrator, StaffRoles.Supervisor]);

        Assert.Equal(2, rule.Roles.Count);
        Assert.Contains(StaffRoles.Administrator, rule.Roles);
        Assert.Contains(StaffRoles.Supervisor, rule.Roles);
    }

    [Fact]
    public void A_supervisor_without_two_factor_must_enrol()
    {
        Assert.True(Production.MustEnrol([StaffRoles.Supervisor], twoFactorEnabled: false));
    }

    [Fact]
    public void A_supervisor_already_enrolled_need_not_enrol_again()
    {
        Assert.False(Production.MustEnrol([StaffRoles.Supervisor], twoFactorEnabled: true));
    }

    [Fact]
    public void An_operator_without_two_factor_need_not_enrol_in_production()
    {
        Assert.False(Production.MustEnrol([StaffRoles.Operator], twoFactorEnabled: false));
    }
}
