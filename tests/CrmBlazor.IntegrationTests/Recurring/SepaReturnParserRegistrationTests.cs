using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Application.Recurring.Sepa;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Organisation;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Recurring;

/// <summary>The importer finds the SEPA return parser among the registered file parsers, by the kind of file.</summary>
public sealed class SepaReturnParserRegistrationTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_application_registers_one_parser_for_SEPA_return_files()
    {
        var parsers = await App.ActAsync(OrganisationTestData.Administrator, s => Task.FromResult(s.GetServices<IProviderFileParser>().ToList()));

        var parser = Assert.Single(parsers, p => p.Kind == ProviderFileKind.SepaReturn);
        Assert.IsType<SepaReturnParser>(parser);
    }
}
