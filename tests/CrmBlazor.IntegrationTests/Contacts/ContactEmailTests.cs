using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Journal;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Journal;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Contacts;

/// <summary>A contact's emails: normalised, unique per contact, marked unusable with a reason, concurrency-checked on the row version.</summary>
public sealed class ContactEmailTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Added_email_is_lower_case_entered_today_and_keeps_its_origin_campaign()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        var spring = await App.CampaignAsync("PRINTEMPS", new DateOnly(2025, 3, 1));

        var result = await AddAsync(anne, contact.Id, "  Jean.Dupont@Orange.FR ", spring.Id);

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var email = Assert.Single(await EmailsAsync(contact.Id));
        Assert.Equal("jean.dupont@orange.fr", email.Address);
        Assert.Equal(ParisTime.Today(App.Services.GetRequiredService<TimeProvider>()), email.EnteredOn);
        Assert.Equal(spring.Id, email.OriginCampaignId);
        Assert.Equal(EmailStatus.Valid, email.Status);
    }

    [Fact]
    public async Task The_same_address_twice_on_a_contact_is_refused_in_French_whatever_its_case()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        var generic = await App.GenericCampaignAsync();
        Assert.True((await AddAsync(anne, contact.Id, "jean.dupont@orange.fr", generic)).Succeeded);

        var again = await AddAsync(anne, contact.Id, "JEAN.DUPONT@orange.fr", generic);

        Assert.Equal(["L'adresse jean.dupont@orange.fr figure déjà sur cette fiche."], again.Errors);
        Assert.Single(await EmailsAsync(contact.Id));
    }

    [Theory]
    [InlineData("jean.dupont")]
    [InlineData("@orange.fr")]
    [InlineData("jean.dupont@")]
    public async Task Invalid_address_is_refused_in_French(string address)
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean");

        var result = await AddAsync(anne, contact.Id, address, await App.GenericCampaignAsync());

        Assert.Equal([Messages.Validation_EmailInvalid], result.Errors);
        Assert.Empty(await EmailsAsync(contact.Id));
    }

    [Fact]
    public async Task Email_from_a_closed_campaign_is_refused()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        var closed = await App.CampaignAsync("NOEL", new DateOnly(2024, 12, 1), closed: true);

        var result = await AddAsync(anne, contact.Id, "jean.dupont@orange.fr", closed.Id);

        Assert.Equal([Messages.Campaign_Closed], result.Errors);
        Assert.Empty(await EmailsAsync(contact.Id));
    }

    [Fact]
    public async Task Correcting_from_a_stale_version_is_refused_with_the_current_address()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var bruno = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean", email: "jean.dupont@orange.fr");
        var generic = await App.GenericCampaignAsync();
        var seenByBoth = Assert.Single(await EmailsAsync(contact.Id));

        var first = await Handle(anne, h => h.CorrectAsync(new CorrectEmailCommand(seenByBoth.Id, seenByBoth.Version, "jean.dupont@wanadoo.fr", generic)));
        var second = await Handle(bruno, h => h.CorrectAsync(new CorrectEmailCommand(seenByBoth.Id, seenByBoth.Version, "j.dupont@orange.fr", generic)));

        Assert.True(first.Succeeded, string.Join(" ", first.Errors));
        var error = Assert.Single(second.Errors);
        Assert.Equal(string.Format(Messages.Email_Conflict, "jean.dupont@wanadoo.fr", Messages.Email_Usable), error);
        Assert.Equal("jean.dupont@wanadoo.fr", Assert.Single(await EmailsAsync(contact.Id)).Address);
    }

    [Fact]
    public async Task Marking_an_email_unusable_needs_a_reason()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean", email: "jean.dupont@orange.fr");
        var email = Assert.Single(await EmailsAsync(contact.Id));

        var result = await Handle(anne, h => h.SetStatusAsync(new SetEmailStatusCommand(email.Id, email.Version, EmailStatus.Unusable, "  ")));

        Assert.Equal([Messages.Email_ReasonRequired], result.Errors);
        Assert.Equal(EmailStatus.Valid, Assert.Single(await EmailsAsync(contact.Id)).Status);
    }

    [Fact]
    public async Task Unusable_email_keeps_its_reason_and_date_until_marked_usable_again()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean", email: "jean.dupont@orange.fr");
        var email = Assert.Single(await EmailsAsync(contact.Id));

        var bounce = await Handle(anne, h => h.SetStatusAsync(new SetEmailStatusCommand(email.Id, email.Version, EmailStatus.Unusable, "Boîte pleine")));
        var unusable = Assert.Single(await EmailsAsync(contact.Id));
        var again = await Handle(anne, h => h.SetStatusAsync(new SetEmailStatusCommand(unusable.Id, unusable.Version, EmailStatus.Valid, null)));
        var usable = Assert.Single(await EmailsAsync(contact.Id));

        Assert.True(bounce.Succeeded, string.Join(" ", bounce.Errors));
        Assert.Equal(
            (EmailStatus.Unusable, "Boîte pleine", (DateOnly?)ParisTime.Today(App.Services.GetRequiredService<TimeProvider>())),
            (unusable.Status, unusable.UnusableReason, unusable.UnusableSince));
        Assert.True(again.Succeeded, string.Join(" ", again.Errors));
        Assert.Equal((EmailStatus.Valid, (string?)null, (DateOnly?)null), (usable.Status, usable.UnusableReason, usable.UnusableSince));
    }

    [Fact]
    public async Task Deleted_email_is_gone_and_a_stale_delete_is_refused()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean", email: "jean.dupont@orange.fr");
        var email = Assert.Single(await EmailsAsync(contact.Id));

        var deleted = await Handle(anne, h => h.DeleteAsync(new DeleteEmailCommand(email.Id, email.Version)));
        var twice = await Handle(anne, h => h.DeleteAsync(new DeleteEmailCommand(email.Id, email.Version)));

        Assert.True(deleted.Succeeded, string.Join(" ", deleted.Errors));
        Assert.Empty(await EmailsAsync(contact.Id));
        Assert.Equal([Messages.Email_Gone], twice.Errors);
    }

    [Fact]
    public async Task Journal_rows_of_adding_marking_and_deleting_an_email_belong_to_the_contact()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator, displayName: "Anne Martin");
        var contact = await App.CreatePersonAsync("Dupont", "Jean");
        var other = await App.CreatePersonAsync("Durand", "Pierre", email: "pierre.durand@free.fr");
        var generic = await App.GenericCampaignAsync();

        Assert.True((await AddAsync(anne, contact.Id, "jean.dupont@orange.fr", generic)).Succeeded);
        var email = Assert.Single(await EmailsAsync(contact.Id));
        Assert.True((await Handle(anne, h => h.SetStatusAsync(new SetEmailStatusCommand(email.Id, email.Version, EmailStatus.Unusable, "NPAI")))).Succeeded);
        email = Assert.Single(await EmailsAsync(contact.Id));
        Assert.True((await Handle(anne, h => h.DeleteAsync(new DeleteEmailCommand(email.Id, email.Version)))).Succeeded);

        var journal = await App.ActAsync(anne, s => s.GetRequiredService<ListJournalHandler>()
            .HandleAsync(new ListJournalQuery(EntityType: "contact_emails", ContactId: contact.Id)));
        Assert.Equal([JournalAction.Deleted, JournalAction.Updated, JournalAction.Created], journal.Items.Select(r => r.Action));
        Assert.All(journal.Items, r => Assert.Equal("Anne Martin", r.ActorName));
        Assert.Contains(new FieldChange("Address", null, "jean.dupont@orange.fr"), journal.Items[2].Changes);
        Assert.Contains(new FieldChange("Status", "Valid", "Unusable"), journal.Items[1].Changes);
        Assert.Contains(new FieldChange("UnusableReason", null, "NPAI"), journal.Items[1].Changes);
        var stored = await App.QueryAsync(db => db.JournalEntries.AsNoTracking().Where(e => e.EntityType == "contact_emails").ToListAsync());
        Assert.Equal(3, stored.Count(e => e.ContactId == contact.Id));
        Assert.Equal(1, stored.Count(e => e.ContactId == other.Id));
    }

    [Fact]
    public async Task Header_lists_the_emails_with_their_status_reason_and_origin_campaign_code()
    {
        var contact = await SeedTwoEmailsAsync();

        var header = await App.HeaderAsync(contact.Contact.Id);

        Assert.Equal(
            [
                ("jdupont@gmail.com", EmailStatus.Valid, contact.Spring.Code, contact.Spring.Name, (string?)null),
                ("jean.dupont@orange.fr", EmailStatus.Unusable, ContactTestData.GenericCode, "Campagne générique", "Adresse inconnue"),
            ],
            header.Emails.Select(e => (e.Address, e.Status, e.OriginCampaignCode, e.OriginCampaignName, e.UnusableReason)).OrderBy(e => e.Address));
    }

    [Fact]
    public async Task Header_lists_usable_emails_before_unusable_ones()
    {
        var contact = await SeedTwoEmailsAsync();

        var header = await App.HeaderAsync(contact.Contact.Id);

        Assert.Equal([EmailStatus.Valid, EmailStatus.Unusable], header.Emails.Select(e => e.Status));
    }

    /// <summary>An older address marked unusable, then a usable one from a spring campaign.</summary>
    private async Task<(TestContact Contact, TestCampaign Spring)> SeedTwoEmailsAsync()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var contact = await App.CreatePersonAsync("Dupont", "Jean", email: "jean.dupont@orange.fr");
        var spring = await App.CampaignAsync("PRINTEMPS", new DateOnly(2025, 3, 1), name: "Appel de printemps");
        var old = Assert.Single(await EmailsAsync(contact.Id));
        var unusable = await Handle(anne, h => h.SetStatusAsync(new SetEmailStatusCommand(old.Id, old.Version, EmailStatus.Unusable, "Adresse inconnue")));
        Assert.True(unusable.Succeeded, string.Join(" ", unusable.Errors));
        var added = await AddAsync(anne, contact.Id, "jdupont@gmail.com", spring.Id);
        Assert.True(added.Succeeded, string.Join(" ", added.Errors));
        return (contact, spring);
    }

    private Task<CommandResult> AddAsync(StaffAccount actor, long contactId, string address, long campaignId) =>
        Handle(actor, h => h.AddAsync(new AddEmailCommand(contactId, address, campaignId)));

    private Task<CommandResult> Handle(StaffAccount actor, Func<ContactEmailsHandler, Task<CommandResult>> work) =>
        App.ActAsync(actor, s => work(s.GetRequiredService<ContactEmailsHandler>()));

    private async Task<IReadOnlyList<EmailView>> EmailsAsync(long contactId) => (await App.HeaderAsync(contactId)).Emails;
}
