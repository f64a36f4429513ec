using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Contacts;

/// <summary>The app-bar quick search and the paged result list, on a small base of real contacts.</summary>
public sealed class ContactSearchTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Name_search_ignores_accents_lefevre_finds_Lefevre()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("lefevre");

        Assert.Equal(c.Marie.Id, hits[0].Id);
        Assert.Equal("Mme Marie LEFÈVRE", hits[0].DisplayName);
        Assert.Equal(("75011", "Paris"), (hits[0].PostalCode, hits[0].City));
    }

    [Fact]
    public async Task Name_search_tolerates_a_typo_dupomt_finds_Dupont()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("dupomt");

        Assert.Contains(hits, h => h.Id == c.Jean.Id);
    }

    [Fact]
    public async Task Exact_name_DUPONT_ranks_before_the_longer_DUPONTEL()
    {
        var c = await SeedAsync();

        var ids = (await QuickAsync("dupont")).Select(h => h.Id).ToList();

        Assert.Equal([c.Jean.Id, c.Dupontel.Id], ids.Take(2));
    }

    [Fact]
    public async Task First_name_then_last_name_finds_the_person()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("Jean Dupont");

        Assert.Equal(c.Jean.Id, hits[0].Id);
    }

    [Fact]
    public async Task First_name_alone_without_its_accent_finds_Helene()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("helene");

        Assert.Equal(c.Helene.Id, hits[0].Id);
        Assert.DoesNotContain(hits, h => h.Id == c.Marie.Id);
    }

    [Fact]
    public async Task The_start_of_a_name_finds_it()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("lefe");

        Assert.Equal(c.Marie.Id, hits[0].Id);
    }

    [Fact]
    public async Task An_organisation_is_found_by_the_start_of_its_name()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("association les amis");

        var hit = Assert.Single(hits);
        Assert.Equal(c.Amis.Id, hit.Id);
        Assert.Equal("Association Les Amis du Rhône", hit.DisplayName);
    }

    [Fact]
    public async Task Email_prefix_finds_the_contact_and_shows_the_matched_address()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("Jean.Dupont@");

        var hit = Assert.Single(hits);
        Assert.Equal(c.Jean.Id, hit.Id);
        Assert.Equal("jean.dupont@orange.fr", hit.MatchedOn);
    }

    [Theory]
    [InlineData("06 12 34 56 78")]
    [InlineData("0612345678")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("06 12 34")]
    public async Task Phone_number_in_any_usual_form_or_partial_finds_the_contact(string typed)
    {
        var c = await SeedAsync();

        var hits = await QuickAsync(typed);

        var hit = Assert.Single(hits);
        Assert.Equal(c.Jean.Id, hit.Id);
        Assert.Equal("06 12 34 56 78", hit.MatchedOn);
    }

    [Fact]
    public async Task Postcode_finds_the_contacts_whose_main_address_is_there_only()
    {
        var c = await SeedAsync();

        var hits = await QuickAsync("75011");

        Assert.Equal([c.Marie.Id], hits.Select(h => h.Id));
        Assert.DoesNotContain(hits, h => h.Id == c.Jean.Id);
    }

    [Fact]
    public async Task Member_number_finds_its_contact_first_before_phones_starting_with_the_same_digits()
    {
        var c = await SeedAsync();
        var digits = $"{c.Jean.MemberNumber}123";
        await App.WithDbAsync(db =>
        {
            db.ContactPhones.Add(ContactPhone.Add(c.Marie.Id, PhoneType.Home, new ValidPhoneNumber($"+33{digits}", $"0{digits}", digits)));
            return db.SaveChangesAsync();
        });

        var hits = await QuickAsync(c.Jean.MemberNumber.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal([c.Jean.Id, c.Marie.Id], hits.Select(h => h.Id));
        Assert.Equal(c.Jean.MemberNumber, hits[0].MemberNumber);
    }

    [Fact]
    public async Task Quick_search_returns_at_most_ten_contacts_and_the_paged_search_counts_them_all()
    {
        await App.GenericCampaignAsync();
        for (var i = 0; i < 12; i++)
        {
            await App.InsertPersonAsync("Bernard", $"Prénom{i:D2}", "13001", "Marseille");
        }

        var quick = await QuickAsync("bernard");
        var paged = await SearchAsync("bernard", new PageRequest(0, 50));

        Assert.Equal(QuickSearchHandler.Limit, quick.Count);
        Assert.Equal(12, paged.TotalCount);
        Assert.Equal(12, paged.Items.Count);
    }

    [Fact]
    public async Task Paged_search_gives_the_total_and_distinct_pages_in_name_order()
    {
        await App.GenericCampaignAsync();
        var people = new List<TestContact>();
        foreach (var first in new[] { "Alice", "Bruno", "Chloé", "David", "Élodie" })
        {
            people.Add(await App.InsertPersonAsync("Garnier", first, "21000", "Dijon"));
        }

        var pages = new List<PagedResult<ContactSearchHit>>();
        for (var page = 0; page < 3; page++)
        {
            pages.Add(await SearchAsync("garnier", new PageRequest(page, 2)));
        }

        Assert.All(pages, p => Assert.Equal(5, p.TotalCount));
        Assert.Equal([2, 2, 1], pages.Select(p => p.Items.Count));
        Assert.Equal(people.Select(p => p.Id), pages.SelectMany(p => p.Items).Select(h => h.Id));
    }

    [Fact]
    public async Task Paged_search_counts_a_contact_with_two_matching_emails_once()
    {
        var c = await SeedAsync();
        var generic = await App.GenericCampaignAsync();
        await App.WithDbAsync(db =>
        {
            db.ContactEmails.Add(ContactEmail.Enter(c.Jean.Id, "jean.dupont@gmail.com", new DateOnly(2025, 1, 2), generic));
            return db.SaveChangesAsync();
        });

        var paged = await SearchAsync("jean.dupont@", new PageRequest(0, 20));

        Assert.Equal([c.Jean.Id], paged.Items.Select(h => h.Id));
        Assert.Equal(1, paged.TotalCount);
    }

    [Fact]
    public async Task Paged_search_by_member_number_puts_the_member_first_and_keeps_the_page_size()
    {
        var c = await SeedAsync();
        await App.WithDbAsync(db =>
        {
            foreach (var (owner, suffix) in new[] { (c.Marie, "123"), (c.Helene, "456") })
            {
                var digits = $"{c.Jean.MemberNumber}{suffix}";
                db.ContactPhones.Add(ContactPhone.Add(owner.Id, PhoneType.Home, new ValidPhoneNumber($"+33{digits}", $"0{digits}", digits)));
            }

            return db.SaveChangesAsync();
        });
        var number = c.Jean.MemberNumber.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var first = await SearchAsync(number, new PageRequest(0, 2));
        var second = await SearchAsync(number, new PageRequest(1, 2));

        Assert.Equal((3, 3), (first.TotalCount, second.TotalCount));
        Assert.Equal(c.Jean.Id, first.Items[0].Id);
        Assert.Equal((2, 1), (first.Items.Count, second.Items.Count));
        Assert.Equal(
            new[] { c.Jean.Id, c.Marie.Id, c.Helene.Id }.Order(),
            first.Items.Concat(second.Items).Select(h => h.Id).Order());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("a")]
    [InlineData("7")]
    public async Task Empty_or_one_character_input_finds_nothing(string typed)
    {
        await SeedAsync();

        var quick = await QuickAsync(typed);
        var paged = await SearchAsync(typed, new PageRequest(0, 20));

        Assert.Empty(quick);
        Assert.Empty(paged.Items);
        Assert.Equal(0, paged.TotalCount);
    }

    private Task<IReadOnlyList<ContactSearchHit>> QuickAsync(string text) =>
        App.ActAsync(ContactTestData.Builder, s => s.GetRequiredService<QuickSearchHandler>().HandleAsync(text));

    private Task<PagedResult<ContactSearchHit>> SearchAsync(string text, PageRequest page) =>
        App.ActAsync(ContactTestData.Builder, s => s.GetRequiredService<SearchContactsHandler>().HandleAsync(text, page));

    private async Task<SearchBase> SeedAsync()
    {
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris", "12 rue Oberkampf");
        var jean = await App.CreatePersonAsync(
            "Dupont", "Jean", Civility.Monsieur, "69003", "Lyon", "8 rue des Lilas", email: "jean.dupont@orange.fr", phone: "06 12 34 56 78");
        var dupontel = await App.CreatePersonAsync("Dupontel", "Paul", Civility.Monsieur, "75012", "Paris");
        var helene = await App.CreatePersonAsync("Martin", "Hélène", Civility.Madame, "33000", "Bordeaux");
        await App.CreatePersonAsync("Martineau", "Luc", Civility.Monsieur, "44000", "Nantes");
        var amis = await App.CreateOrganisationAsync("Association Les Amis du Rhône", postalCode: "69002", city: "Lyon");
        foreach (var (last, first, postcode) in new[]
        {
            ("Bernard", "Sophie", "13001"), ("Durand", "Pierre", "31000"), ("Moreau", "Claire", "67000"), ("Petit", "Antoine", "59000"),
            ("Leroy", "Julie", "35000"), ("Roux", "Nicolas", "06000"), ("Fournier", "Camille", "75020"), ("Girard", "Emma", "21000"),
            ("Bonnet", "Thomas", "34000"),
        })
        {
            await App.CreatePersonAsync(last, first, null, postcode, "Ville");
        }

        return new SearchBase(marie, jean, dupontel, helene, amis);
    }

    private sealed record SearchBase(TestContact Marie, TestContact Jean, TestContact Dupontel, TestContact Helene, TestContact Amis);
}
