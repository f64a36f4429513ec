using System.Text.RegularExpressions;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Documents;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>Posted receipts go into stored print files, one page per receipt, sorted by postcode like the numbers.</summary>
public sealed partial class ReceiptPrintTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const int Year = 2025;

    [Fact]
    public async Task Posted_receipts_are_printed_in_postcode_order_one_page_each_in_files_stored_as_documents()
    {
        await App.IssuerAsync();
        var byPostcode = new[] { ("Vidal", "75020"), ("Arnaud", "13001"), ("Blanc", "69003"), ("Caron", "06000"), ("Dumas", "33000") };
        foreach (var (name, postcode) in byPostcode)
        {
            var donor = await App.DonorAsync(name, postcode, ReceiptPreference.Annual);
            await App.GiftAsync(donor, 42m, new DateOnly(Year, 4, 2));
        }

        var outcome = await App.RunReceiptsAsync(ReceiptKind.Annual, Year, chunkSize: 3);

        Assert.Equal((5, 5), (outcome.Receipts, outcome.Printed));
        var files = await App.QueryAsync(db => db.Documents.AsNoTracking()
            .Where(d => d.Kind == DocumentKind.ReceiptPrintBatch).OrderBy(d => d.FileName).ToListAsync());
        Assert.Equal([$"recus-fiscaux-2025-traitement-{outcome.RunId}-001.pdf", $"recus-fiscaux-2025-traitement-{outcome.RunId}-002.pdf"],
            files.Select(f => f.FileName));
        Assert.All(files, f => Assert.Null(f.ContactId));
        var pages = new List<string>();
        foreach (var file in files)
        {
            var bytes = await App.Services.GetRequiredService<IDocumentStore>().GetAsync(file.StorageKey!, CancellationToken.None);
            Assert.Equal(file.SizeBytes, bytes!.Length);
            using var pdf = PdfDocument.Open(bytes);
            pages.AddRange(pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
        }

        // One page per receipt; reading the pages in file order gives the numbers in order and the postcodes ascending.
        var numbers = pages.Select(p => Assert.Single(ReceiptNumber().Matches(p).Select(m => m.Value).Distinct())).ToList();
        Assert.Equal(["2025-000001", "2025-000002", "2025-000003", "2025-000004", "2025-000005"], numbers);
        var receipts = await App.ReceiptsAsync();
        Assert.Equal(["06000", "13001", "33000", "69003", "75020"], receipts.OrderBy(r => r.Sequence).Select(r => r.DonorPostCode));
        Assert.All(pages.Zip(receipts.OrderBy(r => r.Sequence)), pair => Assert.Contains(pair.Second.DonorPostCode, pair.First, StringComparison.Ordinal));
        var delivered = await App.QueryAsync(db => db.DocumentDeliveries.AsNoTracking().Where(d => d.Channel == DeliveryChannel.Post).ToListAsync());
        Assert.Equal(receipts.Select(r => r.ContactId).Order(), delivered.Select(d => d.ContactId).Order());
    }

    [GeneratedRegex(@"2025-\d{6}")]
    private static partial Regex ReceiptNumber();
}
