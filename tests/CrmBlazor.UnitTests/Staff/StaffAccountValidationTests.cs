using CrmBlazor.Application.Staff;
using CrmBlazor.UnitTests.TestSupport;
using FluentValidation;
using FluentValidation.Results;

namespace CrmBlazor.UnitTests.Staff;

public sealed class StaffAccountValidationTests
{
    private static ValidationResult Validate(string email = "anne@example.org", string name = "Anne Martin", string role = "Opérateur")
    {
        using var french = CultureScope.French();
        return new ProbeValidator().Validate(new Probe(email, name, role));
    }

    [Fact]
    public void A_well_formed_email_name_and_role_are_valid()
    {
        Assert.True(Validate().IsValid);
    }

    [Fact]
    public void An_empty_email_is_refused_as_required()
    {
        var error = Assert.Single(Validate(email: "").Errors);

        Assert.Equal(nameof(Probe.Email), error.PropertyName);
        Assert.Equal("L'adresse e-mail est obligatoire.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("anne")]
    [InlineData("@example.org")]
    [InlineData("anne@")]
    [InlineData("anne@exa@mple.org")]
    public void A_malformed_email_is_refused(string email)
    {
        var error = Assert.Single(Validate(email: email).Errors);

        Assert.Equal(nameof(Probe.Email), error.PropertyName);
        Assert.Equal("L'adresse e-mail n'est pas valide.", error.ErrorMessage);
    }

    [Fact]
    public void An_email_of_256_characters_is_accepted()
    {
        var email = new string('a', 256 - "@example.org".Length) + "@example.org";

        Assert.True(Validate(email: email).IsValid);
    }

    [Fact]
    public void An_email_over_256_characters_is_refused_with_the_limit_in_the_message()
    {
        var email = new string('a', 257 - "@example.org".Length) + "@example.org";

        var error = Assert.Single(Validate(email: email).Errors);

        Assert.Equal("L'adresse e-mail ne doit pas dépasser 256 caractères.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_blank_display_name_is_refused(string name)
    {
        var error = Assert.Single(Validate(name: name).Errors);

        Assert.Equal(nameof(Probe.DisplayName), error.PropertyName);
        Assert.Equal("Le nom affiché est obligatoire.", error.ErrorMessage);
    }

    [Fact]
    public void A_display_name_of_100_characters_is_accepted()
    {
        Assert.True(Validate(name: new string('n', 100)).IsValid);
    }

    [Fact]
    public void A_display_name_over_100_characters_is_refused()
    {
        var error = Assert.Single(Validate(name: new string('n', 101)).Errors);

        Assert.Equal("Le nom affiché ne doit pas dépasser 100 caractères.", error.ErrorMessage);
    }

    [Theory]
    [InlineData("Opérateur")]
    [InlineData("Superviseur")]
    [InlineData("Administrateur")]
    public void Each_staff_role_is_accepted(string role)
    {
        Assert.True(Validate(role: role).IsValid);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Bénévole")]
    [InlineData("administrateur")]
    public void An_unknown_role_is_refused_with_the_list_of_roles(string role)
    {
        var error = Assert.Single(Validate(role: role).Errors);

        Assert.Equal(nameof(Probe.Role), error.PropertyName);
        Assert.Equal("Choisissez un rôle : Opérateur, Superviseur ou Administrateur.", error.ErrorMessage);
    }

    private sealed record Probe(string Email, string DisplayName, string Role);

    private sealed class ProbeValidator : AbstractValidator<Probe>
    {
        public ProbeValidator()
        {
            RuleLevelCascadeMode = CascadeMode.Stop;
            RuleFor(p => p.Email).ValidStaffEmail();
            RuleFor(p => p.DisplayName).ValidDisplayName();
            RuleFor(p => p.Role).ValidRole();
        }
    }
}
