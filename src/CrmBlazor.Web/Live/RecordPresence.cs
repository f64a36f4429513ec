using CrmBlazor.Infrastructure.Notifications;

namespace CrmBlazor.Web.Live;

/// <summary>
/// Who else has a record open, across every app server: each open screen announces itself on the
/// record's presence topic, answers newcomers, repeats itself every few seconds and says goodbye on
/// close; a screen that stops repeating (a closed laptop) drops out after <see cref="Expiry"/>.
/// </summary>
public sealed class RecordPresence : IAsyncDisposable
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(25);

    private readonly IChangeNotifier _notifier;
    private readonly TimeProvider _clock;
    private readonly string _topic;
    private readonly string _session = Guid.NewGuid().ToString("N");
    private readonly string _name;
    private readonly Dictionary<string, (string Name, DateTimeOffset SeenAt)> _others = [];
    private readonly Lock _gate = new();
    private readonly CancellationTokenSource _stop = new();
    private IDisposable? _subscription;
    private Task? _loop;

    public RecordPresence(IChangeNotifier notifier, TimeProvider clock, string recordTopic, string myName)
    {
        _notifier = notifier;
        _clock = clock;
        _topic = $"presence:{recordTopic}";
        _name = myName;
    }

    /// <summary>Raised (on a background thread) when someone arrives or leaves.</summary>
    public event Func<Task>? Changed;

    /// <summary>The names of the other people who have the record open, each once.</summary>
    public IReadOnlyList<string> Others
    {
        get
        {
            lock (_gate)
            {
                return _others.Values.Select(o => o.Name).Distinct().Order(StringComparer.CurrentCulture).ToList();
            }
        }
    }

    public async Task StartAsync()
    {
        _subscription = _notifier.Subscribe(_topic, OnNoticeAsync);
        await SayAsync("join");
        _loop = RepeatAsync(_stop.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _subscription?.Dispose();
        if (_loop is not null)
        {
            await _loop;
        }

        try
        {
            await SayAsync("leave");
        }
        catch (Exception ex) when (ex is Npgsql.NpgsqlException or ObjectDisposedException)
        {
            // Shutting down: the others will drop us after the expiry anyway.
        }

        _stop.Dispose();
    }

    private async Task RepeatAsync(CancellationToken ct)
    {
        using var timer = new PeriodicTimer(Heartbeat, _clock);
        try
        {
            while (await timer.WaitForNextTickAsync(ct))
            {
                await SayAsync("here");
                if (Prune())
                {
                    await RaiseAsync();
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task OnNoticeAsync(ChangeNotice notice)
    {
        var parts = (notice.Payload ?? "").Split('|');
        if (parts.Length != 2 || parts[1] == _session)
        {
            return;
        }

        var (verb, session) = (parts[0], parts[1]);
        bool changed;
        lock (_gate)
        {
            changed = verb == "leave" ? _others.Remove(session) : !_others.ContainsKey(session);
            if (verb != "leave")
            {
                _others[session] = (notice.ActorName ?? "?", _clock.GetUtcNow());
            }
        }

        if (verb == "join" && !_stop.IsCancellationRequested)
        {
            // Tell the newcomer we are here without waiting for our next heartbeat.
            await SayAsync("here");
        }

        if (changed)
        {
            await RaiseAsync();
        }
    }

    private bool Prune()
    {
        var limit = _clock.GetUtcNow() - Expiry;
        lock (_gate)
        {
            var stale = _others.Where(o => o.Value.SeenAt < limit).Select(o => o.Key).ToList();
            stale.ForEach(s => _others.Remove(s));
            return stale.Count > 0;
        }
    }

    private Task SayAsync(string verb) => _notifier.PublishAsync(new ChangeNotice(_topic, $"{verb}|{_session}", _name));

    private Task RaiseAsync() => Changed?.Invoke() ?? Task.CompletedTask;
}
