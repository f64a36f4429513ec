using CrmBlazor.Application.Staff;
using CrmBlazor.Domain.Staff;
using CrmBlazor.UnitTests.Data;
using Microsoft.Extensions.Configuration;

namespace CrmBlazor.UnitTests.Staff;

/// <summary>The shipped settings files, layered as the host layers them.</summary>
public sealed class SecuritySettingsFilesTests
{
    [Fact]
    public void Production_settings_require_two_factor_for_supervisors_and_administrators_only()
    {
        var rule = Bind("appsettings.json").CreateTwoFactorRule();

        Assert.True(rule.IsRequiredFor([StaffRoles.Supervisor]));
        Assert.True(rule.IsRequiredFor([StaffRoles.Administrator]));
        Assert.False(rule.IsRequiredFor([StaffRoles.Operator]));
    }

    [Fact]
    public void Demo_settings_layered_on_production_require_two_factor_for_nobody()
    {
        var options = Bind("appsettings.json", "appsettings.Demo.json");

        Assert.Empty(options.RolesRequiringTwoFactor);
        Assert.False(options.CreateTwoFactorRule().IsRequiredFor([StaffRoles.Administrator]));
    }

    private static StaffSecurityOptions Bind(params string[] files)
    {
        var builder = new ConfigurationBuilder();
        foreach (var file in files)
        {
            builder.AddJsonFile(Path.Combine(Repository.Root(), "src", "CrmBlazor.Web", file), optional: false);
        }

        var options = new StaffSecurityOptions();
        builder.Build().GetSection(StaffSecurityOptions.Section).Bind(options);
        Assert.True(options.NamesOnlyKnownRoles);
        return options;
    }
}
