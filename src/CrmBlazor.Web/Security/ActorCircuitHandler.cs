using CrmBlazor.Infrastructure.Journal;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CrmBlazor.Web.Security;

/// <summary>
/// In an interactive circuit there is no HTTP request per click; the circuit's authentication state
/// names the actor instead, and follows it when it changes.
/// </summary>
public sealed class ActorCircuitHandler(AuthenticationStateProvider authentication, ActorContext actor) : CircuitHandler, IDisposable
{
    public override async Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        authentication.AuthenticationStateChanged += OnAuthenticationChanged;
        actor.Current = (await authentication.GetAuthenticationStateAsync()).User.ToActor();
    }

    public void Dispose() => authentication.AuthenticationStateChanged -= OnAuthenticationChanged;

    private async void OnAuthenticationChanged(Task<AuthenticationState> state)
    {
        try
        {
            actor.Current = (await state).User.ToActor();
        }
        catch (InvalidOperationException)
        {
            actor.Current = CrmBlazor.Domain.Journal.Actor.Anonymous;
        }
    }
}
