using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CrmBlazor.Infrastructure.Notifications;

/// <summary>
/// LISTEN/NOTIFY underneath <see cref="IChangeNotifier"/>: a notice published on any server reaches
/// the subscribers of every server connected to the same database.
/// </summary>
public sealed partial class PgChangeNotifier(NpgsqlDataSource dataSource, ILogger<PgChangeNotifier> logger)
    : BackgroundService, IChangeNotifier
{
    public const string Channel = "crm_changes";

    // NOTIFY payloads are limited to 8000 bytes; notices carry ids, never documents.
    private const int MaxPayloadBytes = 7900;

    private readonly ConcurrentDictionary<Guid, Subscription> _subscriptions = new();
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes once this server listens, so a test can publish without racing the start-up.</summary>
    public Task Listening => _listening.Task;

    /// <summary>The NOTIFY payload of a notice, for publishers that notify on their own connection.</summary>
    public static string Serialize(ChangeNotice notice)
    {
        var json = JsonSerializer.Serialize(notice);
        if (System.Text.Encoding.UTF8.GetByteCount(json) > MaxPayloadBytes)
        {
            throw new ArgumentException("A change notice must stay small: send ids, not content.", nameof(notice));
        }

        return json;
    }

    public async Task PublishAsync(ChangeNotice notice, CancellationToken ct = default)
    {
        var json = Serialize(notice);
        await using var command = dataSource.CreateCommand("SELECT pg_notify(@channel, @payload)");
        command.Parameters.AddWithValue("channel", Channel);
        command.Parameters.AddWithValue("payload", json);
        await command.ExecuteNonQueryAsync(ct);
    }

    public IDisposable Subscribe(string topic, Func<ChangeNotice, Task> handler)
    {
        var id = Guid.NewGuid();
        _subscriptions[id] = new Subscription(topic, handler);
        return new Unsubscriber(() => _subscriptions.TryRemove(id, out _));
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var delay = TimeSpan.FromSeconds(1);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, e) => Dispatch(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                _listening.TrySetResult();
                delay = TimeSpan.FromSeconds(1);
                while (!stoppingToken.IsCancellationRequested)
                {
                    await connection.WaitAsync(stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is NpgsqlException or System.Net.Sockets.SocketException or IOException)
            {
                // Notices sent while disconnected are lost; screens catch up on their next reload.
                LogListenFailed(ex, delay);
                await Task.Delay(delay, stoppingToken);
                delay = TimeSpan.FromSeconds(Math.Min(delay.TotalSeconds * 2, 30));
            }
        }
    }

    private void Dispatch(string payload)
    {
        ChangeNotice? notice;
        try
        {
            notice = JsonSerializer.Deserialize<ChangeNotice>(payload);
        }
        catch (JsonException ex)
        {
            LogBadPayload(ex, payload);
            return;
        }

        if (notice is null)
        {
            return;
        }

        foreach (var subscription in _subscriptions.Values.Where(s => s.Topic == notice.Topic))
        {
            _ = Deliver(subscription, notice);
        }
    }

    private async Task Deliver(Subscription subscription, ChangeNotice notice)
    {
        try
        {
            await subscription.Handler(notice);
        }
        catch (Exception ex)
        {
            // A failing subscriber (a closed browser tab) must not stop the others from hearing the notice.
            LogSubscriberFailed(ex, notice.Topic);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Listening for change notices failed; retrying in {Delay}")]
    private partial void LogListenFailed(Exception ex, TimeSpan delay);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Ignored a malformed change notice: {Payload}")]
    private partial void LogBadPayload(Exception ex, string payload);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A subscriber to {Topic} failed")]
    private partial void LogSubscriberFailed(Exception ex, string topic);

    private sealed record Subscription(string Topic, Func<ChangeNotice, Task> Handler);

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
