using Bunit;
using CrmBlazor.Application.Staff;
using CrmBlazor.Web.Components.Pages.Administration;

namespace CrmBlazor.ComponentTests;

public sealed class StaffStateChipsTests : ComponentTest
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Active_account_shows_only_Actif()
    {
        Assert.Equal(["Actif"], ChipsOf(Account()));
    }

    [Fact]
    public void Disabled_account_shows_Desactive_instead_of_Actif()
    {
        Assert.Equal(["Désactivé"], ChipsOf(Account() with { IsDisabled = true }));
    }

    [Fact]
    public void Two_factor_and_password_change_are_shown_beside_the_state()
    {
        Assert.Equal(
            ["Actif", "2FA", "Mot de passe à changer"],
            ChipsOf(Account() with { TwoFactorEnabled = true, MustChangePassword = true }));
    }

    [Fact]
    public void Lockout_shows_its_end_in_Paris_time_while_it_lasts()
    {
        // 11:30 UTC is 12:30 in Paris in November.
        Assert.Equal(["Actif", "Verrouillé jusqu'au 23/11/2026 12:30"], ChipsOf(Account() with { LockoutEnd = Now.AddMinutes(90) }));
        Assert.Equal(["Actif"], ChipsOf(Account() with { LockoutEnd = Now.AddMinutes(-1) }));
    }

    private List<string> ChipsOf(StaffAccountRow account) =>
        Render<StaffStateChips>(p => p.Add(c => c.Account, account).Add(c => c.Now, Now))
            .FindAll(".mud-chip")
            .Select(chip => chip.TextContent.Trim())
            .ToList();

    private static StaffAccountRow Account() => new(
        Guid.NewGuid(), "operateur@demo.crmblazor.fr", "Olga Opératrice", "Opérateur",
        IsDisabled: false, TwoFactorEnabled: false, MustChangePassword: false, LockoutEnd: null, CreatedAt: Now.AddDays(-10), ConcurrencyStamp: "stamp");
}
