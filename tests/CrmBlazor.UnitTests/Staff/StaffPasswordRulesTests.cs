using CrmBlazor.Application.Staff;
using Microsoft.AspNetCore.Identity;

namespace CrmBlazor.UnitTests.Staff;

public sealed class StaffPasswordRulesTests
{
    private const int Samples = 500;

    private static IdentityOptions AppliedOptions()
    {
        var options = new IdentityOptions();
        StaffPasswordRules.Apply(options);
        return options;
    }

    [Fact]
    public void Passwords_need_ten_characters_with_a_digit_a_lower_and_an_upper_case_letter()
    {
        var password = AppliedOptions().Password;

        Assert.Equal(10, password.RequiredLength);
        Assert.True(password.RequireDigit);
        Assert.True(password.RequireLowercase);
        Assert.True(password.RequireUppercase);
        Assert.False(password.RequireNonAlphanumeric);
    }

    [Fact]
    public void Five_failed_attempts_lock_the_account_for_fifteen_minutes()
    {
        var options = new IdentityOptions();
        options.Lockout.MaxFailedAccessAttempts = 99;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromDays(1);
        options.Lockout.AllowedForNewUsers = false;

        StaffPasswordRules.Apply(options);

        Assert.Equal(5, options.Lockout.MaxFailedAccessAttempts);
        Assert.Equal(TimeSpan.FromMinutes(15), options.Lockout.DefaultLockoutTimeSpan);
        Assert.True(options.Lockout.AllowedForNewUsers);
    }

    [Fact]
    public void Emails_must_be_unique_and_accounts_need_no_confirmation()
    {
        var options = new IdentityOptions();
        options.SignIn.RequireConfirmedAccount = true;

        StaffPasswordRules.Apply(options);

        Assert.True(options.User.RequireUniqueEmail);
        Assert.False(options.SignIn.RequireConfirmedAccount);
    }

    [Fact]
    public void A_temporary_password_satisfies_the_applied_rules()
    {
        var rules = AppliedOptions().Password;

        for (var i = 0; i < Samples; i++)
        {
            var password = StaffPasswordRules.GenerateTemporary();

            Assert.True(password.Length >= rules.RequiredLength, password);
            Assert.True(password.Any(char.IsAsciiDigit), password);
            Assert.True(password.Any(char.IsAsciiLetterLower), password);
            Assert.True(password.Any(char.IsAsciiLetterUpper), password);
        }
    }

    [Fact]
    public void A_temporary_password_is_fourteen_letters_and_digits()
    {
        for (var i = 0; i < Samples; i++)
        {
            var password = StaffPasswordRules.GenerateTemporary();

            Assert.Equal(14, password.Length);
            Assert.True(password.All(char.IsAsciiLetterOrDigit), password);
        }
    }

    [Fact]
    public void A_temporary_password_avoids_characters_that_are_easily_confused()
    {
        for (var i = 0; i < Samples; i++)
        {
            var password = StaffPasswordRules.GenerateTemporary();

            Assert.DoesNotContain(password, c => c is '0' or 'O' or '1' or 'I' or 'l');
        }
    }

    [Fact]
    public void Temporary_passwords_are_not_repeated()
    {
        var passwords = Enumerable.Range(0, Samples).Select(_ => StaffPasswordRules.GenerateTemporary()).ToList();

        Assert.Equal(Samples, passwords.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_required_characters_are_not_always_in_the_same_place()
    {
        // Before shuffling, the first character is always an upper-case letter; shuffled, it is often not.
        var firsts = Enumerable.Range(0, Samples).Select(_ => StaffPasswordRules.GenerateTemporary()[0]).ToList();

        Assert.Contains(firsts, c => !char.IsAsciiLetterUpper(c));
    }
}
