using CrmBlazor.Infrastructure.Journal;

namespace CrmBlazor.Web.Security;

/// <summary>Names the signed-in member as the actor of everything the request's scope journals.</summary>
public sealed class HttpActorMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, ActorContext actor)
    {
        actor.Current = context.User.ToActor();
        return next(context);
    }
}
