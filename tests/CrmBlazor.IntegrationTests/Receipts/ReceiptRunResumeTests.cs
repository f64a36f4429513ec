using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Notifications;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Receipts;

/// <summary>Cancelling a run between chunks, from its row (any server) or by shutdown, then running the year again.</summary>
public sealed class ReceiptRunResumeTests(CrmAppFixture app) : IntegrationTest(app)
{
    private const int Year = 2025;

    [Fact]
    public async Task Run_cancelled_between_chunks_then_resumed_gives_what_one_uninterrupted_run_gives_without_renumbering()
    {
        await App.IssuerAsync();
        var donors = await DonorsAsync(12);
        var runId = await App.StartRunAsync(ReceiptKind.Annual, Year);

        // Acts as another server's Superviseur: once the first chunk is announced, the cancellation is asked on the run's row.
        var cancelled = await App.AsSupervisorAsync(async s =>
        {
            var notifier = new CancelAfterFirstChunk(s.GetRequiredService<IChangeNotifier>(), s.GetRequiredService<ReceiptRunService>(), runId);
            return await ReceiptTestData.ServiceWith(s, notifier).RunAsync(runId, CancellationToken.None, chunkSize: 3);
        });

        Assert.Equal(ReceiptRunStatus.Cancelled, cancelled.Status);
        Assert.Equal(6, cancelled.Receipts);
        var before = await App.ReceiptsAsync();
        Assert.Equal(Enumerable.Range(1, 6), before.Select(r => r.Sequence));
        Assert.All(before, r => Assert.NotNull(r.DeliveredAt));

        var resumed = await App.RunReceiptsAsync(ReceiptKind.Annual, Year, chunkSize: 3);

        Assert.Equal((ReceiptRunStatus.Completed, 6), (resumed.Status, resumed.Receipts));
        var after = await App.ReceiptsAsync();
        Assert.Equal(Enumerable.Range(1, 12), after.Select(r => r.Sequence));
        Assert.Equal(before.Select(r => (r.Id, r.Sequence, r.ContactId)), after.Take(6).Select(r => (r.Id, r.Sequence, r.ContactId)));
        Assert.Equal(donors.Order(), after.Select(r => r.ContactId).Order());
        Assert.Equal(donors.Count * 2, after.SelectMany(r => r.Donations).Select(d => d.DonationId).Distinct().Count());
        Assert.Equal(donors.Sum(_ => 70m), after.Sum(r => r.Amount));

        var again = await App.RunReceiptsAsync(ReceiptKind.Annual, Year, chunkSize: 3);
        Assert.Equal((ReceiptRunStatus.Completed, 0, 0), (again.Status, again.Receipts, again.DonorsPlanned));
    }

    [Fact]
    public async Task Run_stopped_by_its_cancellation_token_keeps_what_committed_and_the_next_run_prints_and_issues_the_rest()
    {
        await App.IssuerAsync();
        await DonorsAsync(9);
        var runId = await App.StartRunAsync(ReceiptKind.Annual, Year);
        using var shutdown = new CancellationTokenSource();

        var stopped = await App.AsSupervisorAsync(async s =>
        {
            var notifier = new CancelAfterFirstChunk(s.GetRequiredService<IChangeNotifier>(), null, runId, shutdown);
            return await ReceiptTestData.ServiceWith(s, notifier).RunAsync(runId, shutdown.Token, chunkSize: 4);
        });

        Assert.Equal(ReceiptRunStatus.Cancelled, stopped.Status);
        var committed = (await App.ReceiptsAsync()).Count;
        Assert.InRange(committed, 4, 8);

        var resumed = await App.RunReceiptsAsync(ReceiptKind.Annual, Year, chunkSize: 4);

        var all = await App.ReceiptsAsync();
        Assert.Equal(Enumerable.Range(1, 9), all.Select(r => r.Sequence));
        Assert.Equal(9 - committed, resumed.Receipts);
        Assert.All(all, r => Assert.NotNull(r.DeliveredAt));
        var posted = await App.QueryAsync(db => db.DocumentDeliveries.CountAsync());
        Assert.Equal(9, posted);
    }

    [Fact]
    public async Task Run_left_running_by_a_stopped_server_is_closed_when_the_year_is_started_again_or_cancelled()
    {
        await App.IssuerAsync();
        await DonorsAsync(2);
        var abandoned = await AbandonedRunAsync(ReceiptKind.Annual);
        var alsoAbandoned = await AbandonedRunAsync(ReceiptKind.PerGift);

        var restarted = await App.RunReceiptsAsync(ReceiptKind.Annual, Year);
        var cancelled = await App.AsSupervisorAsync(s => s.GetRequiredService<ReceiptRunService>().RequestCancelAsync(alsoAbandoned));

        Assert.Equal((ReceiptRunStatus.Completed, 2), (restarted.Status, restarted.Receipts));
        Assert.True(cancelled.Succeeded);
        var runs = await App.QueryAsync(db => db.ReceiptRuns.AsNoTracking().ToDictionaryAsync(r => r.Id));
        Assert.Equal((ReceiptRunStatus.Failed, Application.Resources.Messages.Receipts_RunStale), (runs[abandoned].Status, runs[abandoned].Message));
        Assert.Equal(ReceiptRunStatus.Cancelled, runs[alsoAbandoned].Status);
    }

    /// <summary>A run row as a server that died mid-run leaves it: running, started a while ago, its lock gone with its connection.</summary>
    private async Task<long> AbandonedRunAsync(ReceiptKind kind)
    {
        var runId = await App.StartRunAsync(kind, Year);
        await using var connection = await App.OpenConnectionAsync();
        await using var age = new Npgsql.NpgsqlCommand("UPDATE receipt_runs SET started_at = now() - interval '10 minutes' WHERE id = @id", connection);
        age.Parameters.AddWithValue("id", runId);
        await age.ExecuteNonQueryAsync();
        return runId;
    }

    private async Task<List<long>> DonorsAsync(int count)
    {
        var donors = new List<long>();
        for (var i = 0; i < count; i++)
        {
            var donor = await App.DonorAsync($"Reprise{i:00}", $"{10000 + (i * 1000)}", ReceiptPreference.Annual);
            await App.GiftAsync(donor, 30m, new DateOnly(Year, 3, 3));
            await App.GiftAsync(donor, 40m, new DateOnly(Year, 10, 3));
            donors.Add(donor);
        }

        return donors;
    }

    /// <summary>
    /// Passes notices on and, at the first notice after a chunk committed, asks for the run's cancellation (on its row,
    /// or through the token): the run sees it at its next chunk.
    /// </summary>
    private sealed class CancelAfterFirstChunk(IChangeNotifier inner, ReceiptRunService? runs, long runId, CancellationTokenSource? shutdown = null)
        : IChangeNotifier
    {
        private int _notices;

        public async Task PublishAsync(ChangeNotice notice, CancellationToken ct = default)
        {
            await inner.PublishAsync(notice, CancellationToken.None);
            // Notices per step: two after planning, then two per chunk (the print's come later, in the background).
            if (notice.Topic == ReceiptRunTopics.Run(runId) && Interlocked.Increment(ref _notices) == 2)
            {
                if (runs is not null)
                {
                    Assert.True((await runs.RequestCancelAsync(runId, CancellationToken.None)).Succeeded);
                }

                await (shutdown?.CancelAsync() ?? Task.CompletedTask);
            }
        }

        public IDisposable Subscribe(string topic, Func<ChangeNotice, Task> handler) => inner.Subscribe(topic, handler);
    }
}
