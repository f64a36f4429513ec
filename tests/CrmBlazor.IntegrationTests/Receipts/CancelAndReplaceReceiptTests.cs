using CrmBlazor.Application.Common;
using CrmBlazor.Application.Receipts;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Donations;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>A wrong receipt is cancelled with its reason, never edited; its replacement takes a new number.</summary>
public sealed class CancelAndReplaceReceiptTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const int Year = 2025;

    [Fact]
    public async Task Cancel_and_replace_gives_a_new_number_with_the_current_address_and_frees_the_old_gifts()
    {
        await App.IssuerAsync();
        var donor = await App.DonorAsync("Moulin", "21000", ReceiptPreference.Annual);
        await App.GiftAsync(donor, 50m, new DateOnly(Year, 2, 2));
        await App.GiftAsync(donor, 70m, new DateOnly(Year, 8, 8));
        await App.RunReceiptsAsync(ReceiptKind.Annual, Year);
        var original = Assert.Single(await App.ReceiptsAsync());
        await App.WithDbAsync(async db =>
        {
            // The donor had moved: the replacement prints the address as it is now.
            var address = await db.ContactAddresses.SingleAsync(a => a.ContactId == donor && a.IsMain);
            address.Change(new PostalAddress(null, null, "8 place Darcy", null, "21000", "Dijon"));
            return await db.SaveChangesAsync();
        });

        var result = await CancelAsync(original.Id, "Adresse erronée", replace: true);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(string.Format(Messages.Receipts_CancelledAndReplaced, "2025-000001", "2025-000002"), result.Value!.Message);
        var receipts = await App.ReceiptsAsync();
        var (old, replacement) = (receipts[0], receipts[1]);
        Assert.Equal((TaxReceiptStatus.Cancelled, "Adresse erronée", (long?)replacement.Id), (old.Status, old.CancelReason, old.ReplacedById));
        Assert.NotNull(old.CancelledAt);
        Assert.All(old.Donations, d => Assert.False(d.IsActive));
        Assert.Equal((2, TaxReceiptStatus.Issued, (long?)old.Id, ReceiptKind.Annual, 120m), (replacement.Sequence, replacement.Status, replacement.ReplacesId, replacement.Kind, replacement.Amount));
        Assert.Equal("8 place Darcy", replacement.DonorStreet);
        Assert.Equal(old.Donations.Select(d => d.DonationId).Order(), replacement.Donations.Select(d => d.DonationId).Order());
        Assert.All(replacement.Donations, d => Assert.True(d.IsActive));
        Assert.True(await App.QueryAsync(db => db.Documents.AnyAsync(d => d.TaxReceiptId == replacement.Id)));

        Assert.Equal([string.Format(Messages.Receipts_AlreadyCancelled, "2025-000001")], (await CancelAsync(original.Id, "encore", true)).Errors);
    }

    [Fact]
    public async Task Cancelled_receipt_whose_gifts_are_no_longer_collected_is_only_cancelled_and_says_so()
    {
        await App.IssuerAsync();
        var donor = await App.DonorAsync("Rembourse", "67000", ReceiptPreference.PerGift);
        var gift = await App.GiftAsync(donor, 45m, new DateOnly(Year, 6, 6));
        var issued = await App.AsSupervisorAsync(s => s.GetRequiredService<IssuePerGiftReceiptHandler>().HandleAsync(new IssuePerGiftReceiptCommand(gift)));
        await using (var connection = await App.OpenConnectionAsync())
        await using (var refund = new NpgsqlCommand(
            "UPDATE donations SET status = 'Refunded', status_reason = 'Don remboursé', status_changed_on = '2025-07-01' WHERE id = @id", connection))
        {
            refund.Parameters.AddWithValue("id", gift);
            await refund.ExecuteNonQueryAsync();
        }

        var result = await CancelAsync(issued.Value!.ReceiptId, "Don remboursé", replace: true);

        Assert.Equal(string.Format(Messages.Receipts_CancelledNothingToReplace, "2025-000001"), result.Value!.Message);
        Assert.Null(result.Value.Replacement);
        var receipt = Assert.Single(await App.ReceiptsAsync());
        Assert.Equal(TaxReceiptStatus.Cancelled, receipt.Status);
        Assert.Equal(1, await App.QueryAsync(db => db.ReceiptCounters.Where(c => c.Year == Year).Select(c => c.LastSequence).SingleAsync()));
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_and_a_cancelled_gift_can_be_receipted_again()
    {
        await App.IssuerAsync();
        var donor = await App.DonorAsync("Motif", "35000", ReceiptPreference.PerGift);
        var gift = await App.GiftAsync(donor, 25m, new DateOnly(Year, 5, 5), DonationStatus.Collected);
        var issued = await App.AsSupervisorAsync(s => s.GetRequiredService<IssuePerGiftReceiptHandler>().HandleAsync(new IssuePerGiftReceiptCommand(gift)));

        Assert.Equal([Messages.Receipts_ReasonRequired], (await CancelAsync(issued.Value!.ReceiptId, "  ", replace: false)).Errors);
        var cancelled = await CancelAsync(issued.Value.ReceiptId, "Émis par erreur", replace: false);
        Assert.Equal(string.Format(Messages.Receipts_Cancelled, "2025-000001"), cancelled.Value!.Message);

        var again = await App.AsSupervisorAsync(s => s.GetRequiredService<IssuePerGiftReceiptHandler>().HandleAsync(new IssuePerGiftReceiptCommand(gift)));
        Assert.Equal("2025-000002", again.Value!.Number);
    }

    private Task<CommandResult<CancelAndReplaceOutcome>> CancelAsync(long receiptId, string reason, bool replace) =>
        App.AsSupervisorAsync(s => s.GetRequiredService<CancelAndReplaceReceiptHandler>().HandleAsync(new CancelAndReplaceReceiptCommand(receiptId, reason, replace)));
}
