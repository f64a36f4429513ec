using CrmBlazor.Domain.Staff;

namespace CrmBlazor.UnitTests.Staff;

public sealed class StaffRolesTests
{
    [Fact]
    public void Role_names_are_the_french_labels_stored_in_the_database()
    {
        Assert.Equal("Opérateur", StaffRoles.Operator);
        Assert.Equal("Superviseur", StaffRoles.Supervisor);
        Assert.Equal("Administrateur", StaffRoles.Administrator);
    }

    [Fact]
    public void All_lists_the_roles_lowest_first()
    {
        Assert.Equal([StaffRoles.Operator, StaffRoles.Supervisor, StaffRoles.Administrator], StaffRoles.All);
    }

    [Theory]
    [InlineData("Opérateur")]
    [InlineData("Superviseur")]
    [InlineData("Administrateur")]
    public void Each_staff_role_is_known(string role)
    {
        Assert.True(StaffRoles.IsKnown(role));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Admin")]
    [InlineData("administrateur")]
    [InlineData("Operateur")]
    [InlineData(" Superviseur")]
    public void Other_names_are_not_known_roles(string role)
    {
        Assert.False(StaffRoles.IsKnown(role));
    }

    [Fact]
    public void At_least_operator_admits_every_role()
    {
        Assert.Equal([StaffRoles.Operator, StaffRoles.Supervisor, StaffRoles.Administrator], StaffRoles.AtLeast(StaffRoles.Operator));
    }

    [Fact]
    public void At_least_supervisor_admits_supervisor_and_administrator_but_not_operator()
    {
        Assert.Equal([StaffRoles.Supervisor, StaffRoles.Administrator], StaffRoles.AtLeast(StaffRoles.Supervisor));
    }

    [Fact]
    public void At_least_administrator_admits_only_administrator()
    {
        Assert.Equal([StaffRoles.Administrator], StaffRoles.AtLeast(StaffRoles.Administrator));
    }

    [Fact]
    public void At_least_an_unknown_role_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffRoles.AtLeast("Bénévole"));
    }

    [Fact]
    public void Administrateur_is_granted_supervisor_pages()
    {
        Assert.True(StaffRoles.Grants(StaffRoles.Administrator, StaffRoles.Supervisor));
    }

    [Fact]
    public void Operateur_is_not_granted_supervisor_pages()
    {
        Assert.False(StaffRoles.Grants(StaffRoles.Operator, StaffRoles.Supervisor));
    }

    [Theory]
    [InlineData("Opérateur", "Opérateur", true)]
    [InlineData("Opérateur", "Superviseur", false)]
    [InlineData("Opérateur", "Administrateur", false)]
    [InlineData("Superviseur", "Opérateur", true)]
    [InlineData("Superviseur", "Superviseur", true)]
    [InlineData("Superviseur", "Administrateur", false)]
    [InlineData("Administrateur", "Opérateur", true)]
    [InlineData("Administrateur", "Superviseur", true)]
    [InlineData("Administrateur", "Administrateur", true)]
    public void A_role_grants_itself_and_every_lower_role(string held, string required, bool granted)
    {
        Assert.Equal(granted, StaffRoles.Grants(held, required));
    }

    [Fact]
    public void Grants_refuses_an_unknown_held_role_instead_of_granting_nothing_silently()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffRoles.Grants("Bénévole", StaffRoles.Operator));
    }

    [Fact]
    public void Grants_refuses_an_unknown_required_role()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => StaffRoles.Grants(StaffRoles.Administrator, "Bénévole"));
    }

    [Fact]
    public void Highest_picks_the_top_role_whatever_the_order()
    {
        Assert.Equal(
            StaffRoles.Administrator,
            StaffRoles.Highest([StaffRoles.Operator, StaffRoles.Administrator, StaffRoles.Supervisor]));
        Assert.Equal(StaffRoles.Supervisor, StaffRoles.Highest([StaffRoles.Supervisor, StaffRoles.Operator]));
    }

    [Fact]
    public void Highest_ignores_roles_that_are_not_staff_roles()
    {
        Assert.Equal(StaffRoles.Operator, StaffRoles.Highest(["Bénévole", StaffRoles.Operator, "zzz"]));
    }

    [Fact]
    public void Highest_is_null_without_any_staff_role()
    {
        Assert.Null(StaffRoles.Highest([]));
        Assert.Null(StaffRoles.Highest(["Bénévole", "administrateur"]));
    }
}
