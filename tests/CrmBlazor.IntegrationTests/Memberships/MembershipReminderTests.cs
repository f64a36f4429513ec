using CrmBlazor.Application.Payments;
using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Documents;
using CrmBlazor.Domain.Memberships;
using CrmBlazor.Domain.Payments;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Memberships;

/// <summary>Renewal requests before the end date and reminders after it, sent once each and recorded as campaign receptions.</summary>
public sealed class MembershipReminderTests(CrmAppFixture app) : IntegrationTest(app)
{
    [Fact]
    public async Task Renewal_batches_record_a_campaign_reception_per_member_and_send_nothing_twice()
    {
        var (jean, endsOn) = await MemberAsync("Dupont", "jean@example.org");
        var (marie, _) = await MemberAsync("Martin", null, street: "3 rue des Lilas", postalCode: "75011", city: "Paris");
        var day = endsOn.AddDays(-30);

        var first = await App.RunRemindersAsync(day);
        var again = await App.RunRemindersAsync(day.AddDays(1));

        Assert.Equal((1, 1), (first.Emails, first.Letters));
        Assert.Equal((0, 0), (again.Emails, again.Letters));
        var receptions = await App.QueryAsync(db => db.CampaignReceptions.AsNoTracking()
            .Join(db.Campaigns, r => r.CampaignId, c => c.Id, (r, c) => new { r.ContactId, c.Code, c.Channel, r.ReceivedOn }).ToListAsync());
        Assert.Contains(receptions, r => r.ContactId == jean.Id && r.Channel == CampaignChannel.Email && r.Code.StartsWith("ADH-30E-") && r.ReceivedOn == day);
        Assert.Contains(receptions, r => r.ContactId == marie.Id && r.Channel == CampaignChannel.Mail && r.Code.StartsWith("ADH-30C-"));
        Assert.Equal(2, receptions.Count(r => r.Code.StartsWith("ADH")));
        Assert.Equal(1, await App.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "jean@example.org" && m.Subject.Contains("échéance"))));
        var letters = await App.QueryAsync(db => db.Documents.AsNoTracking().SingleAsync(d => d.Id == first.LetterBatchDocumentId));
        Assert.Equal(DocumentKind.MembershipLetterBatch, letters.Kind);
    }

    [Fact]
    public async Task Each_stage_goes_out_on_its_own_day_before_and_after_the_end_date()
    {
        var (jean, endsOn) = await MemberAsync("Dupont", "jean@example.org");

        Assert.Equal(0, (await App.RunRemindersAsync(endsOn.AddDays(-31))).Emails);
        Assert.Equal(1, (await App.RunRemindersAsync(endsOn.AddDays(-30))).Emails);
        Assert.Equal(0, (await App.RunRemindersAsync(endsOn.AddDays(-8))).Emails);
        Assert.Equal(1, (await App.RunRemindersAsync(endsOn.AddDays(-7))).Emails);
        Assert.Equal(0, (await App.RunRemindersAsync(endsOn)).Emails);
        await App.RefreshStatusesAsync(endsOn.AddDays(30));
        Assert.Equal(1, (await App.RunRemindersAsync(endsOn.AddDays(30))).Emails);
        Assert.Equal(1, (await App.RunRemindersAsync(endsOn.AddDays(65))).Emails);
        Assert.Equal(0, (await App.RunRemindersAsync(endsOn.AddDays(66))).Emails);

        var offsets = await App.QueryAsync(db => db.MembershipReminders.Where(r => r.ContactId == jean.Id).OrderBy(r => r.OffsetDays).Select(r => r.OffsetDays).ToListAsync());
        Assert.Equal([-30, -7, 30, 60], offsets);
    }

    [Fact]
    public async Task The_database_refuses_a_second_reminder_of_the_same_stage()
    {
        var (jean, endsOn) = await MemberAsync("Dupont", "jean@example.org");
        await App.RunRemindersAsync(endsOn.AddDays(-30));

        await using var connection = await App.OpenConnectionAsync();
        await using var command = new Npgsql.NpgsqlCommand(
            "INSERT INTO membership_reminders (id, membership_id, contact_id, ends_on, offset_days, channel, campaign_id, sent_on) "
            + "SELECT id + 1000000, membership_id, contact_id, ends_on, offset_days, channel, campaign_id, sent_on FROM membership_reminders", connection);
        var error = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => command.ExecuteNonQueryAsync());
        Assert.Equal(Npgsql.PostgresErrorCodes.UniqueViolation, error.SqlState);
    }

    private async Task<(TestContact Contact, DateOnly EndsOn)> MemberAsync(
        string lastName, string? email, string? street = null, string? postalCode = null, string? city = null)
    {
        var contact = await App.CreatePersonAsync(lastName, "Test", email: email, street: street, postalCode: postalCode, city: city);
        var type = await App.QueryAsync(db => db.MembershipTypes.Select(t => (long?)t.Id).FirstOrDefaultAsync())
            ?? await App.MembershipTypeAsync(kind: MembershipKind.Rolling);
        var membershipId = await App.PendingMembershipAsync(contact.Id, type);
        await App.EnteredAsync(new EnterPaymentCommand(contact.Id, PaymentMethod.Card, 30m, Today) { MembershipFees = [new(membershipId, 30m)] });
        return (contact, MembershipTerms.YearFrom(Today));
    }
}
