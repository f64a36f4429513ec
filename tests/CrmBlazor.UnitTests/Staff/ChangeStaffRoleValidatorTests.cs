using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Staff;
using CrmBlazor.UnitTests.TestSupport;
using FluentValidation.Results;

namespace CrmBlazor.UnitTests.Staff;

public sealed class ChangeStaffRoleValidatorTests
{
    private static ValidationResult Validate(string role)
    {
        using var french = CultureScope.French();
        return new ChangeStaffRoleValidator().Validate(new ChangeStaffRoleCommand(Guid.NewGuid(), role, "stamp"));
    }

    [Theory]
    [InlineData(StaffRoles.Operator)]
    [InlineData(StaffRoles.Supervisor)]
    [InlineData(StaffRoles.Administrator)]
    public void A_staff_role_is_valid(string role)
    {
        Assert.True(Validate(role).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Trésorier")]
    [InlineData("SUPERVISEUR")]
    public void An_unknown_role_is_refused_in_french(string role)
    {
        var error = Assert.Single(Validate(role).Errors);

        Assert.Equal(nameof(ChangeStaffRoleCommand.Role), error.PropertyName);
        Assert.Equal("Choisissez un rôle : Opérateur, Superviseur ou Administrateur.", error.ErrorMessage);
    }
}
