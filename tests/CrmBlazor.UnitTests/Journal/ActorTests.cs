using CrmBlazor.Domain.Journal;

namespace CrmBlazor.UnitTests.Journal;

public sealed class ActorTests
{
    [Fact]
    public void Anonymous_has_no_user_id_and_a_french_name()
    {
        Assert.Null(Actor.Anonymous.UserId);
        Assert.Equal("Anonyme", Actor.Anonymous.Name);
    }

    [Fact]
    public void A_system_actor_names_the_job_and_has_no_user_id()
    {
        var actor = Actor.System("Ménage nocturne");

        Assert.Null(actor.UserId);
        Assert.Equal("Système · Ménage nocturne", actor.Name);
    }

    [Fact]
    public void A_staff_actor_carries_the_member_id_and_name()
    {
        var actor = Actor.Staff("3b0c6d2a-1111-2222-3333-444455556666", "Anne Martin");

        Assert.Equal("3b0c6d2a-1111-2222-3333-444455556666", actor.UserId);
        Assert.Equal("Anne Martin", actor.Name);
    }

    [Fact]
    public void Actors_with_the_same_id_and_name_are_equal()
    {
        Assert.Equal(Actor.Staff("1", "Anne"), new Actor("1", "Anne"));
        Assert.NotEqual(Actor.Staff("1", "Anne"), Actor.Staff("2", "Anne"));
    }
}
