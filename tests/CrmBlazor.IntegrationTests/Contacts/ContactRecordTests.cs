using CrmBlazor.Application.Common;
using CrmBlazor.Application.Contacts;
using CrmBlazor.Application.Resources;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Staff;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CrmBlazor.IntegrationTests.Contacts;

/// <summary>The contact record: its header, the counts on its tabs, the campaigns tab and its addresses.</summary>
public sealed class ContactRecordTests(CrmAppFixture app) : IntegrationTest(app)
{
    private static readonly DateOnly[] ReceptionDays =
    [
        new(2024, 6, 1), new(2025, 2, 1), new(2024, 1, 10), new(2024, 11, 20), new(2024, 3, 5), new(2024, 9, 15),
    ];

    [Fact]
    public async Task Header_shows_the_main_address_as_mail_lines_ending_with_postcode_and_city()
    {
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris", "12 rue Oberkampf");

        var header = await App.HeaderAsync(marie.Id);

        Assert.Equal("Mme Marie LEFÈVRE", header.DisplayName);
        Assert.Equal(marie.MemberNumber, header.MemberNumber);
        var main = Assert.IsType<AddressView>(header.MainAddress);
        Assert.Equal(["Mme Marie LEFÈVRE", "12 RUE OBERKAMPF", "75011 PARIS"], main.MailLines);
        Assert.Equal("75011 PARIS", main.MailLines[^1]);
        Assert.Empty(header.OtherAddresses);
    }

    [Fact]
    public async Task Header_shows_phones_in_the_national_format_markers_alert_memo_and_notepad()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean", Civility.Monsieur, "69003", "Lyon", phone: "0612345678");
        var npai = await App.SuspensionCodeAsync(SuspensionCode.ReturnedMail);
        await App.WithDbAsync(async db =>
        {
            var contact = await db.Contacts.SingleAsync(c => c.Id == jean.Id);
            contact.Suspend(npai, new DateOnly(2025, 1, 6));
            contact.SetMarkers(noSolicitation: true, ReceiptPreference.Annual);
            contact.EditMemos(new ContactMemos("Ancien bénévole", "Appeler avant 18 h", null, null));
            contact.EditNotepad("Relance faite le 3 mars");
            return await db.SaveChangesAsync();
        });

        var header = await App.HeaderAsync(jean.Id);

        var phone = Assert.Single(header.Phones);
        Assert.Equal(("06 12 34 56 78", "+33612345678", PhoneType.Mobile), (phone.Display, phone.E164, phone.Type));
        Assert.Equal(new ContactMarkers(npai, new DateOnly(2025, 1, 6), true, ReceiptPreference.Annual), header.Markers);
        Assert.Equal("N'habite pas à l'adresse indiquée", header.SuspensionLabel);
        Assert.Equal("Appeler avant 18 h", header.AlertMemo);
        Assert.Equal("Relance faite le 3 mars", header.Notepad);
    }

    [Fact]
    public async Task Header_shows_the_last_five_campaigns_received_newest_first()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var campaigns = await ReceiveSixCampaignsAsync(jean.Id);

        var header = await App.HeaderAsync(jean.Id);

        var expected = campaigns.OrderByDescending(c => c.On).Take(ContactHeaderHandler.LastCampaignsShown).ToList();
        Assert.Equal(expected.Select(c => (c.Campaign.Code, c.On)), header.LastCampaigns.Select(c => (c.Code, c.ReceivedOn)));
    }

    [Fact]
    public async Task Tab_counts_give_campaigns_received_journal_rows_and_filled_memos()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var jean = await App.CreatePersonAsync("Dupont", "Jean", postalCode: "69003", city: "Lyon", email: "jean.dupont@orange.fr");
        var other = await App.CreatePersonAsync("Durand", "Pierre", postalCode: "31000", city: "Toulouse");
        await ReceiveSixCampaignsAsync(jean.Id);
        var memos = await App.ActAsync(anne, s => s.GetRequiredService<EditMemosHandler>().HandleAsync(new EditMemosCommand(
            jean.Id, new ContactMemos(null, null, null, null), new ContactMemos("Ancien bénévole", " ", "Legs envisagé", null))));
        Assert.True(memos.Succeeded, string.Join(" ", memos.Errors));

        var counts = await App.ActAsync(anne, s => s.GetRequiredService<ContactTabCountsHandler>().HandleAsync(jean.Id));

        var journalRows = await App.QueryAsync(db => db.JournalEntries.CountAsync(e => e.ContactId == jean.Id));
        // Created: the contact, its address and email; six receptions; one memo edit.
        Assert.Equal(10, journalRows);
        Assert.Equal(new ContactTabCounts(MemberCodes: 0, Memos: 2, CampaignsReceived: 6, JournalRows: journalRows), counts);
        Assert.Equal(
            new ContactTabCounts(0, 0, 0, 2),
            await App.ActAsync(anne, s => s.GetRequiredService<ContactTabCountsHandler>().HandleAsync(other.Id)));
    }

    [Fact]
    public async Task Campaigns_tab_pages_the_receptions_newest_first()
    {
        var jean = await App.CreatePersonAsync("Dupont", "Jean");
        var campaigns = await ReceiveSixCampaignsAsync(jean.Id);

        var first = await CampaignsTabAsync(jean.Id, new PageRequest(0, 4));
        var second = await CampaignsTabAsync(jean.Id, new PageRequest(1, 4));

        Assert.Equal((6, 6), (first.TotalCount, second.TotalCount));
        Assert.Equal((4, 2), (first.Items.Count, second.Items.Count));
        var newestFirst = campaigns.OrderByDescending(c => c.On).Select(c => (c.Campaign.Code, c.On));
        Assert.Equal(newestFirst, first.Items.Concat(second.Items).Select(r => (r.Code, r.ReceivedOn)));
    }

    [Fact]
    public async Task Saving_a_new_main_address_demotes_the_previous_main_one()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris", "12 rue Oberkampf");
        var moved = new PostalAddress("Appartement 4", null, "3 place Bellecour", null, "69002", "Lyon");

        var result = await SaveAddressAsync(anne, new SaveAddressCommand(marie.Id, null, 0, moved, IsMain: true, new DateOnly(2025, 5, 1), null));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var header = await App.HeaderAsync(marie.Id);
        Assert.Equal("69002 LYON", header.MainAddress!.MailLines[^1]);
        Assert.Equal("75011", Assert.Single(header.OtherAddresses).Parts.PostalCode);
        Assert.Equal(1, await App.QueryAsync(db => db.ContactAddresses.CountAsync(a => a.ContactId == marie.Id && a.IsMain)));
    }

    [Fact]
    public async Task Promoting_another_address_to_main_keeps_one_main_address()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "75011", "Paris", "12 rue Oberkampf");
        var holidays = new PostalAddress(null, null, "5 chemin des Vignes", null, "84000", "Avignon");
        Assert.True((await SaveAddressAsync(anne, new SaveAddressCommand(marie.Id, null, 0, holidays, false, null, null))).Succeeded);
        var secondary = Assert.Single((await App.HeaderAsync(marie.Id)).OtherAddresses);

        var result = await SaveAddressAsync(anne, new SaveAddressCommand(marie.Id, secondary.Id, secondary.Version, holidays, IsMain: true, null, null));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        var header = await App.HeaderAsync(marie.Id);
        Assert.Equal(secondary.Id, header.MainAddress!.Id);
        Assert.Equal("75011", Assert.Single(header.OtherAddresses).Parts.PostalCode);
    }

    [Theory]
    [InlineData("7501")]
    [InlineData("750110")]
    [InlineData("75O11")]
    public async Task French_postcode_other_than_five_digits_is_refused_in_French(string postcode)
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie");

        var result = await SaveAddressAsync(anne, new SaveAddressCommand(
            marie.Id, null, 0, new PostalAddress(null, null, "12 rue Oberkampf", null, postcode, "Paris"), true, null, null));

        Assert.Equal([Messages.Address_PostalCodeInvalid], result.Errors);
        Assert.Equal("Le code postal français compte 5 chiffres.", Messages.Address_PostalCodeInvalid);
        Assert.Null((await App.HeaderAsync(marie.Id)).MainAddress);
    }

    [Fact]
    public async Task Foreign_postcode_keeps_its_own_layout_and_the_country_line_is_printed()
    {
        var anne = await App.CreateStaffAsync(StaffRoles.Operator);
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame);

        var result = await SaveAddressAsync(anne, new SaveAddressCommand(
            marie.Id, null, 0, new PostalAddress(null, null, "Rue de la Loi 16", null, "1000", "Bruxelles", "be"), true, null, null));

        Assert.True(result.Succeeded, string.Join(" ", result.Errors));
        Assert.Equal(["1000 BRUXELLES", "BELGIQUE"], (await App.HeaderAsync(marie.Id)).MainAddress!.MailLines.TakeLast(2));
    }

    private Task<CommandResult> SaveAddressAsync(StaffAccount actor, SaveAddressCommand command) =>
        App.ActAsync(actor, s => s.GetRequiredService<ContactAddressesHandler>().SaveAsync(command));

    private Task<PagedResult<CampaignReceptionRow>> CampaignsTabAsync(long contactId, PageRequest page) =>
        App.ActAsync(ContactTestData.Builder, s => s.GetRequiredService<ContactCampaignsTabHandler>().HandleAsync(contactId, page));

    /// <summary>Six campaigns received on <see cref="ReceptionDays"/>, recorded in no particular order.</summary>
    private async Task<List<(TestCampaign Campaign, DateOnly On)>> ReceiveSixCampaignsAsync(long contactId)
    {
        var received = new List<(TestCampaign, DateOnly)>();
        foreach (var day in ReceptionDays)
        {
            var campaign = await App.CampaignAsync($"K{day:yyyyMMdd}", day.AddDays(-10), CampaignChannel.Mail);
            await App.ReceiveAsync(contactId, campaign.Id, day);
            received.Add((campaign, day));
        }

        return received;
    }
}
