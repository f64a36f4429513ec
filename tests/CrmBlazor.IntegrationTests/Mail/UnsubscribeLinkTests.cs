using System.Net;
using CrmBlazor.Application.Mail;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Mail;

/// <summary>The unsubscribe link, followed by an anonymous reader: confirm, then the contact's email stop-promo.</summary>
public sealed class UnsubscribeLinkTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task The_link_round_trip_shows_a_confirmation_then_stops_email_appeals_without_sign_in_and_journals_it()
    {
        var claire = await App.CreatePersonAsync("Petit", "Claire", Civility.Madame, email: "claire.petit@example.fr");
        var link = App.Services.GetRequiredService<UnsubscribeTokens>().Link("https://crm.amis-oiseaux.fr", claire.Id);
        var path = new Uri(link).AbsolutePath;
        using var session = NewSession();

        using var page = await session.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Confirmer la désinscription", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        // Showing the page (as a mail scanner would) changes nothing.
        Assert.Null(await StoppedOnAsync(claire.Id));

        using var done = await session.Client.PostAsync(new Uri(path, UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.NotNull(await StoppedOnAsync(claire.Id));
        var journal = await App.JournalAsync();
        Assert.Contains(journal, j => j.ContactId == claire.Id && j.EntityType == "contacts" && j.Changes.Any(c => c.Field == "EmailAppealsStoppedOn")
                                       && j.ActorName.Contains("désinscription", StringComparison.Ordinal));

        // Following it twice keeps the first day.
        var first = await StoppedOnAsync(claire.Id);
        using var again = await session.Client.PostAsync(new Uri(path, UriKind.Relative), null);
        Assert.Equal(first, await StoppedOnAsync(claire.Id));
    }

    [Fact]
    public async Task An_altered_or_made_up_token_is_refused_and_changes_nothing()
    {
        var claire = await App.CreatePersonAsync("Petit", "Claire", Civility.Madame);
        var token = App.Services.GetRequiredService<UnsubscribeTokens>().For(claire.Id);
        var altered = token[..^2] + (token[^2] == 'A' ? "B" : "A") + token[^1];
        using var session = NewSession();

        foreach (var bad in new[] { altered, "abc", claire.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            using var get = await session.GetAsync(UnsubscribeTokens.PathPrefix + bad);
            using var post = await session.Client.PostAsync(new Uri(UnsubscribeTokens.PathPrefix + bad, UriKind.Relative), null);
            Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (get.StatusCode, post.StatusCode));
        }

        Assert.Null(await StoppedOnAsync(claire.Id));
    }

    private Task<DateOnly?> StoppedOnAsync(long contactId) =>
        App.QueryAsync(db => db.Contacts.Where(c => c.Id == contactId).Select(c => c.EmailAppealsStoppedOn).SingleAsync());
}
