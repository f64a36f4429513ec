namespace CrmBlazor.Infrastructure.Notifications;

/// <summary>A change somebody made that open screens may want to show.</summary>
/// <param name="Topic">What changed, e.g. <c>jobs</c> or <c>contact:42</c>.</param>
/// <param name="Payload">Short, non-secret detail (an id, a count).</param>
/// <param name="ActorName">Who made the change, as shown to staff.</param>
public sealed record ChangeNotice(string Topic, string? Payload, string? ActorName);

/// <summary>
/// The one channel for live updates across every app server: publishers announce a topic,
/// subscribers on any server are called back. Jobs publish; components subscribe.
/// </summary>
public interface IChangeNotifier
{
    Task PublishAsync(ChangeNotice notice, CancellationToken ct = default);

    /// <summary>Calls <paramref name="handler"/> for each notice on <paramref name="topic"/> until disposed.</summary>
    IDisposable Subscribe(string topic, Func<ChangeNotice, Task> handler);
}
