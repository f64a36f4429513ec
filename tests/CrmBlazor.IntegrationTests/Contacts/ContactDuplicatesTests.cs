using CrmBlazor.Application.Contacts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Contacts;

/// <summary>Creating a contact warns about probable duplicates first; the operator may then confirm.</summary>
public sealed class ContactDuplicatesTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Existing_email_returns_its_contact_as_a_duplicate_and_creates_nothing()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean", postalCode: "69003", city: "Lyon", email: "jean.dupont@orange.fr");
        var before = await CountsAsync();

        var outcome = await CreateAsync(await NewPersonAsync("Durand", "Paul", "13001", email: " Jean.Dupont@Orange.fr"));

        Assert.False(outcome.Created);
        Assert.Null(outcome.MemberNumber);
        Assert.Empty(outcome.Errors);
        var duplicate = Assert.Single(outcome.Duplicates);
        Assert.Equal((jean.Id, jean.MemberNumber, "jean.dupont@orange.fr"), (duplicate.Id, duplicate.MemberNumber, duplicate.MatchedOn));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Similar_name_with_the_same_main_postcode_is_a_probable_duplicate()
    {
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris");
        await App.CreatePersonAsync("Martin", "Hélène", Civility.Madame, "75011", "Paris");

        var outcome = await CreateAsync(await NewPersonAsync("Lefevre", "Marie", "75011"));

        Assert.False(outcome.Created);
        var duplicate = Assert.Single(outcome.Duplicates);
        Assert.Equal(marie.Id, duplicate.Id);
        Assert.Equal("Mme Marie LEFÈVRE", duplicate.DisplayName);
    }

    [Fact]
    public async Task Similar_name_in_another_postcode_is_not_a_duplicate_and_is_created()
    {
        await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris");

        var outcome = await CreateAsync(await NewPersonAsync("Lefevre", "Marie", "13001"));

        Assert.True(outcome.Created, string.Join(" ", outcome.Errors));
        Assert.Empty(outcome.Duplicates);
    }

    [Fact]
    public async Task Confirmed_duplicate_is_created_with_a_new_member_number()
    {
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris", email: "marie.lefevre@free.fr");
        var command = await NewPersonAsync("Lefevre", "Marie", "75011", email: "marie.lefevre@free.fr");
        Assert.NotEmpty((await CreateAsync(command)).Duplicates);

        var outcome = await CreateAsync(command with { DuplicatesConfirmed = true });

        Assert.True(outcome.Created, string.Join(" ", outcome.Errors));
        Assert.Empty(outcome.Duplicates);
        Assert.NotEqual(marie.Id, outcome.ContactId);
        Assert.True(outcome.MemberNumber > marie.MemberNumber);
        var stored = await App.ContactAsync(outcome.ContactId!.Value);
        Assert.Equal(outcome.MemberNumber, stored.MemberNumber);
        Assert.Equal(2, await App.QueryAsync(db => db.ContactEmails.CountAsync(e => e.Address == "marie.lefevre@free.fr")));
    }

    private async Task<CreateContactCommand> NewPersonAsync(string lastName, string firstName, string postcode, string? email = null) =>
        new(ContactKind.Person, Civility.Madame, firstName, lastName, null, null, null, null,
            new PostalAddress(null, null, "1 rue Neuve", null, postcode, "Ville"), email, null, PhoneType.Mobile, await App.GenericCampaignAsync());

    private Task<CreateContactOutcome> CreateAsync(CreateContactCommand command) =>
        App.ActAsync(ContactTestData.Builder, s => s.GetRequiredService<CreateContactHandler>().HandleAsync(command));

    private Task<(int Contacts, int Addresses, int Emails)> CountsAsync() =>
        App.QueryAsync(async db => (await db.Contacts.CountAsync(), await db.ContactAddresses.CountAsync(), await db.ContactEmails.CountAsync()));
}
