using CrmBlazor.Application.Staff;
using CrmBlazor.UnitTests.TestSupport;
using FluentValidation.Results;

namespace CrmBlazor.UnitTests.Staff;

public sealed class CreateStaffAccountValidatorTests
{
    private static ValidationResult Validate(CreateStaffAccountCommand command)
    {
        using var french = CultureScope.French();
        return new CreateStaffAccountValidator().Validate(command);
    }

    [Fact]
    public void A_complete_command_is_valid()
    {
        Assert.True(Validate(new CreateStaffAccountCommand("anne@example.org", "Anne Martin", "Superviseur")).IsValid);
    }

    [Fact]
    public void An_invalid_email_is_reported_in_french()
    {
        var error = Assert.Single(Validate(new CreateStaffAccountCommand("anne.example.org", "Anne Martin", "Opérateur")).Errors);

        Assert.Equal(nameof(CreateStaffAccountCommand.Email), error.PropertyName);
        Assert.Equal("L'adresse e-mail n'est pas valide.", error.ErrorMessage);
    }

    [Fact]
    public void An_empty_email_is_only_reported_as_required_not_also_as_invalid()
    {
        var result = Validate(new CreateStaffAccountCommand("", "Anne Martin", "Opérateur"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("L'adresse e-mail est obligatoire.", error.ErrorMessage);
    }

    [Fact]
    public void An_overlong_malformed_email_is_only_reported_as_too_long()
    {
        var result = Validate(new CreateStaffAccountCommand(new string('a', 300), "Anne Martin", "Opérateur"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("L'adresse e-mail ne doit pas dépasser 256 caractères.", error.ErrorMessage);
    }

    [Fact]
    public void An_unknown_role_is_reported_in_french()
    {
        var error = Assert.Single(Validate(new CreateStaffAccountCommand("anne@example.org", "Anne Martin", "Trésorier")).Errors);

        Assert.Equal(nameof(CreateStaffAccountCommand.Role), error.PropertyName);
        Assert.Equal("Choisissez un rôle : Opérateur, Superviseur ou Administrateur.", error.ErrorMessage);
    }

    [Fact]
    public void Every_invalid_field_is_reported_at_once()
    {
        var result = Validate(new CreateStaffAccountCommand("", " ", "?"));

        Assert.Equal(
            [nameof(CreateStaffAccountCommand.Email), nameof(CreateStaffAccountCommand.DisplayName), nameof(CreateStaffAccountCommand.Role)],
            result.Errors.Select(e => e.PropertyName));
    }
}
