using CrmBlazor.Infrastructure.Notifications;

namespace CrmBlazor.ComponentTests.Live;

/// <summary>The notifier's contract without PostgreSQL: every subscriber of the topic hears every notice, the publisher included.</summary>
internal sealed class InMemoryNotifier : IChangeNotifier
{
    private readonly List<(string Topic, Func<ChangeNotice, Task> Handler)> _subscribers = [];

    public async Task PublishAsync(ChangeNotice notice, CancellationToken ct = default)
    {
        List<Func<ChangeNotice, Task>> handlers;
        lock (_subscribers)
        {
            handlers = _subscribers.Where(s => s.Topic == notice.Topic).Select(s => s.Handler).ToList();
        }

        foreach (var handler in handlers)
        {
            await handler(notice);
        }
    }

    public IDisposable Subscribe(string topic, Func<ChangeNotice, Task> handler)
    {
        var entry = (topic, handler);
        lock (_subscribers)
        {
            _subscribers.Add(entry);
        }

        return new Unsubscriber(() =>
        {
            lock (_subscribers)
            {
                _subscribers.Remove(entry);
            }
        });
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}
