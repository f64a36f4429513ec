using System.Diagnostics;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Xunit.Abstractions;
using static CrmBlazor.IntegrationTests.Recurring.ProviderFiles.ProviderFileTestData;

namespace CrmBlazor.IntegrationTests.Recurring.ProviderFiles;

/// <summary>A month's journal of a large association: 10,000 lines matched by subscription, applied in seconds.</summary>
public sealed class ProviderFileVolumeTests(CrmAppFixture app, ITestOutputHelper output) : IntegrationTest(app)
{
    private const int Gifts = 10_000;
    private const int Refused = 1_000;
    private const long FirstId = 9_000_000_001;
    private static readonly DateOnly DueOn = new(2026, 4, 10);

    [Fact]
    public async Task A_journal_of_ten_thousand_lines_imports_in_seconds()
    {
        var contacts = new List<long>();
        for (var i = 0; i < 20; i++)
        {
            contacts.Add((await App.InsertPersonAsync($"Donateur {i}")).Id);
        }

        await SeedPendingInstalmentsAsync(contacts, await App.GenericCampaignAsync());
        var details = Enumerable.Range(0, Gifts).Select(n => Detail(
            $"{n:D8}0000000000000000000000aa", $"SUB-{n}", 10m, DueOn.AddDays(n % 3), n < Refused ? "REFUSED" : "CAPTURED", code: n < Refused ? "51" : null));

        var watch = Stopwatch.StartNew();
        var report = await App.ImportedAsync(ProviderFileKind.PayZenJournal, "JT_volume.csv", PayZenJournal([.. details]));
        watch.Stop();

        output.WriteLine($"{Gifts} lines imported in {watch.Elapsed.TotalSeconds:0.0} s");
        Assert.Equal((Gifts, Gifts, 0, 0), (report.Lines, report.Applied, report.Unchanged, report.Rejected));
        var statuses = await App.QueryAsync(db => db.Instalments.GroupBy(i => i.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync());
        Assert.Equal(
            [(InstalmentStatus.Collected, Gifts - Refused), (InstalmentStatus.Unpaid, Refused)],
            statuses.OrderBy(s => s.Key).Select(s => (s.Key, s.Count)));
        Assert.Equal(Refused, await App.QueryAsync(db => db.RecurringGifts.CountAsync(g => g.Status == RecurringGiftStatus.Suspended)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(20), $"The import took {watch.Elapsed.TotalSeconds:0.0} s.");
    }

    /// <summary>10,000 monthly card gifts with their pending 10 April instalment, written in three set-based statements.</summary>
    private async Task SeedPendingInstalmentsAsync(IReadOnlyList<long> contacts, long campaignId)
    {
        await using var connection = await App.OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var command = new NpgsqlCommand(
            """
            INSERT INTO recurring_gifts (id, contact_id, channel, amount, periodicity, campaign_id, anchor_day, starts_on, next_due_on, provider_reference, card_expires_on, status)
            SELECT @first + n, (@contacts)[1 + n % cardinality(@contacts)], 'Card', 10, 'Monthly', @campaign, 10, DATE '2026-03-10', DATE '2026-05-10',
                   'SUB-' || n, DATE '2030-12-31', 'Active'
            FROM generate_series(0, @count - 1) AS n;
            INSERT INTO donations (id, contact_id, campaign_id, amount, donated_on, method, origin, status)
            SELECT @first + n, (@contacts)[1 + n % cardinality(@contacts)], @campaign, 10, DATE '2026-04-10', 'Card', 'Recurring', 'Pending'
            FROM generate_series(0, @count - 1) AS n;
            INSERT INTO instalments (donation_id, recurring_gift_id, contact_id, due_on, collect_on, amount, channel, status)
            SELECT @first + n, @first + n, (@contacts)[1 + n % cardinality(@contacts)], DATE '2026-04-10', DATE '2026-04-10', 10, 'Card', 'Pending'
            FROM generate_series(0, @count - 1) AS n;
            """,
            connection,
            transaction);
        command.Parameters.AddWithValue("first", FirstId);
        command.Parameters.AddWithValue("contacts", contacts.ToArray());
        command.Parameters.AddWithValue("campaign", campaignId);
        command.Parameters.AddWithValue("count", Gifts);
        await command.ExecuteNonQueryAsync();
        await transaction.CommitAsync();
    }
}
