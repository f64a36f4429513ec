using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>The CGI art. 222 bis figures: per fiscal year, receipts issued and their total, cancelled ones apart.</summary>
public sealed class ReceiptDeclarationTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Declaration_counts_and_sums_the_receipts_standing_per_year_newest_first_and_shows_the_cancelled_apart()
    {
        await App.IssuerAsync();
        var first = await App.DonorAsync("Annee", "80000", ReceiptPreference.Annual);
        var second = await App.DonorAsync("Autre", "80100", ReceiptPreference.Annual);
        await App.GiftAsync(first, 100m, new DateOnly(2024, 5, 5));
        await App.GiftAsync(second, 40m, new DateOnly(2024, 6, 6));
        await App.GiftAsync(first, 60.25m, new DateOnly(2025, 5, 5));
        await App.GiftAsync(second, 10m, new DateOnly(2025, 5, 5));
        await App.RunReceiptsAsync(ReceiptKind.Annual, 2024);
        await App.RunReceiptsAsync(ReceiptKind.Annual, 2025);
        var wrong = (await App.ReceiptsAsync()).Single(r => r.Year == 2025 && r.ContactId == second);
        var replaced = await App.AsSupervisorAsync(s => s.GetRequiredService<CancelAndReplaceReceiptHandler>()
            .HandleAsync(new CancelAndReplaceReceiptCommand(wrong.Id, "Nom mal orthographié", Replace: true)));
        Assert.True(replaced.Succeeded);

        var years = await App.AsSupervisorAsync(s => s.GetRequiredService<ReceiptDeclarationHandler>().HandleAsync());

        Assert.Equal([new ReceiptDeclarationYear(2025, 2, 70.25m, 1), new ReceiptDeclarationYear(2024, 2, 140m, 0)], years);
    }
}
