using System.Net;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;

namespace CrmBlazor.IntegrationTests.Recurring.ProviderFiles;

/// <summary>Only supervisors import provider files: the page refuses operators and opens for supervisors.</summary>
public sealed class ProviderFilesPageTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const string PagePath = "/recurrent/fichiers";

    [Fact]
    public async Task An_operator_gets_403_on_the_provider_files_page()
    {
        var operatorAccount = await App.CreateStaffAsync(StaffRoles.Operator);
        using var session = NewSession();
        await session.SignInAsync(operatorAccount);

        using var response = await session.GetAsync(PagePath);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task A_supervisor_opens_the_provider_files_page()
    {
        var supervisor = await App.CreateStaffAsync(StaffRoles.Supervisor, twoFactor: true);
        using var session = NewSession();
        await session.SignInAsync(supervisor);

        var text = Html.Text(await session.GetPageAsync(PagePath));

        Assert.Contains("Fichiers des prestataires", text, StringComparison.Ordinal);
        Assert.Contains("Fichiers importés", text, StringComparison.Ordinal);
    }
}
