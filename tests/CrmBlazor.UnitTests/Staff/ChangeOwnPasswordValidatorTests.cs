using CrmBlazor.Application.Staff;
using CrmBlazor.UnitTests.TestSupport;
using FluentValidation.Results;

namespace CrmBlazor.UnitTests.Staff;

public sealed class ChangeOwnPasswordValidatorTests
{
    private static ValidationResult Validate(string current, string next, string confirmation)
    {
        using var french = CultureScope.French();
        return new ChangeOwnPasswordValidator().Validate(new ChangeOwnPasswordCommand(current, next, confirmation));
    }

    [Fact]
    public void A_new_password_typed_twice_is_valid()
    {
        Assert.True(Validate("Ancien-Mot-2025", "Nouveau-Mot-2026", "Nouveau-Mot-2026").IsValid);
    }

    [Fact]
    public void The_current_password_is_required()
    {
        var error = Assert.Single(Validate("", "Nouveau-Mot-2026", "Nouveau-Mot-2026").Errors);

        Assert.Equal(nameof(ChangeOwnPasswordCommand.CurrentPassword), error.PropertyName);
        Assert.Equal("Le mot de passe est obligatoire.", error.ErrorMessage);
    }

    [Fact]
    public void The_new_password_is_required()
    {
        var error = Assert.Single(Validate("Ancien-Mot-2025", "", "").Errors);

        Assert.Equal(nameof(ChangeOwnPasswordCommand.NewPassword), error.PropertyName);
        Assert.Equal("Le mot de passe est obligatoire.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("Nouveau-Mot-2027")]
    [InlineData("nouveau-mot-2026")]
    [InlineData("Nouveau-Mot-2026 ")]
    [InlineData("")]
    public void A_confirmation_that_differs_is_refused(string confirmation)
    {
        var error = Assert.Single(Validate("Ancien-Mot-2025", "Nouveau-Mot-2026", confirmation).Errors);

        Assert.Equal(nameof(ChangeOwnPasswordCommand.Confirmation), error.PropertyName);
        Assert.Equal("Les deux mots de passe ne sont pas identiques.", error.ErrorMessage);
    }
}
