using CrmBlazor.Infrastructure.Journal;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.Application.Common;

/// <summary>
/// Runs work in a fresh DI scope that acts as the caller. Identity's UserManager holds a DbContext,
/// and a Blazor circuit's scope lives as long as the browser tab: a short scope per operation keeps
/// that context short-lived while the journal still names the right person.
/// </summary>
public sealed class ActingScope(IServiceScopeFactory scopes, ActorContext caller)
{
    public async Task<T> RunAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ActorContext>().Current = caller.Current;
        return await work(scope.ServiceProvider);
    }
}
