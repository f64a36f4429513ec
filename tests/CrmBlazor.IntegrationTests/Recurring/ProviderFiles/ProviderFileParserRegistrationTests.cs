using CrmBlazor.Application.Recurring.Files;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Recurring.ProviderFiles;

/// <summary>The importer picks its parser by kind: each kind has exactly one, found among the application's services.</summary>
public sealed class ProviderFileParserRegistrationTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_application_registers_one_parser_per_kind_of_file_including_PayZen_and_PayPal()
    {
        var parsers = await App.ActAsync(ProviderFileTestData.Supervisor, s => Task.FromResult(s.GetServices<IProviderFileParser>().ToList()));

        Assert.All(parsers.GroupBy(p => p.Kind), kind => Assert.Single(kind));
        Assert.IsType<PayZenJournalParser>(Assert.Single(parsers, p => p.Kind == ProviderFileKind.PayZenJournal));
        Assert.IsType<PayPalActivityParser>(Assert.Single(parsers, p => p.Kind == ProviderFileKind.PayPalActivity));
    }
}
