using CrmBlazor.Domain.Journal;

namespace CrmBlazor.Infrastructure.Journal;

/// <summary>
/// Who acts in the current scope (an HTTP request, a Blazor circuit, a job run).
/// Set at the scope's entry point; read by the journal.
/// </summary>
public sealed class ActorContext
{
    public Actor Current { get; set; } = Actor.Anonymous;
}
