using CrmBlazor.Application.Segments;
using CrmBlazor.Application.Segments.Criteria;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Organising;
using CrmBlazor.Domain.Recurring;
using CrmBlazor.IntegrationTests.Batches;
using CrmBlazor.IntegrationTests.Contacts;
using CrmBlazor.IntegrationTests.Payments;
using CrmBlazor.IntegrationTests.Recurring;
using CrmBlazor.IntegrationTests.TestSupport;
using Microsoft.EntityFrameworkCore;
using static CrmBlazor.IntegrationTests.Payments.PaymentTestData;

namespace CrmBlazor.IntegrationTests.Segments;

/// <summary>Each criterion, nesting and include / exclude, evaluated by PostgreSQL on a small real base.</summary>
public sealed class SegmentCriteriaTests(CrmAppFixture app) : IntegrationTest(app)
{
    private sealed record Base(TestContact Jean, TestContact Marie, TestContact Oiseaux, TestContact Paul, TestCampaign Spring, TestCampaign Autumn);

    private async Task<Base> SeedAsync()
    {
        var spring = await App.CampaignAsync("PRINTEMPS", Today.AddYears(-3));
        var autumn = await App.CampaignAsync("AUTOMNE", Today.AddYears(-3));
        var jean = await App.CreatePersonAsync("Dupont", "Jean", Civility.Monsieur, "75011", "Paris", email: "jean.dupont@example.fr");
        var marie = await App.CreatePersonAsync("Lefèvre", "Marie", Civility.Madame, "69003", "Lyon");
        var oiseaux = await App.CreateOrganisationAsync("Les Amis des Oiseaux", postalCode: "20000", city: "Ajaccio", email: "contact@oiseaux.example");
        var paul = await App.CreatePersonAsync("Martin", "Paul", Civility.Monsieur, "97110", "Pointe-à-Pitre");
        await App.TransferGiftAsync(jean.Id, 100m, Today.AddDays(-30), spring.Code);
        await App.TransferGiftAsync(jean.Id, 20m, Today.AddDays(-20), autumn.Code);
        await App.TransferGiftAsync(marie.Id, 30m, Today.AddYears(-2), spring.Code);
        return new Base(jean, marie, oiseaux, paul, spring, autumn);
    }

    [Fact]
    public async Task Identity_name_prefix_ignores_accents_kind_and_member_number_range()
    {
        var b = await SeedAsync();

        Assert.Equal([b.Marie.Id], await App.MatchAsync(new NameCriterion { Text = "LEFEV" }));
        Assert.Equal([b.Oiseaux.Id], await App.MatchAsync(new ContactKindCriterion { Kind = ContactKind.Organisation }));
        Assert.Equal([b.Jean.Id, b.Marie.Id], await App.MatchAsync(new MemberNumberCriterion { From = b.Jean.MemberNumber, To = b.Marie.MemberNumber }));
    }

    [Fact]
    public async Task Address_postcode_department_city_and_country_read_the_main_address()
    {
        var b = await SeedAsync();

        Assert.Equal([b.Jean.Id, b.Marie.Id], await App.MatchAsync(new PostcodeCriterion { Postcodes = "75, 69" }));
        Assert.Equal([b.Oiseaux.Id], await App.MatchAsync(new DepartmentCriterion { Departments = "2A" }));
        Assert.Equal([b.Paul.Id], await App.MatchAsync(new DepartmentCriterion { Departments = "971" }));
        Assert.Equal([b.Jean.Id], await App.MatchAsync(new CityCriterion { City = "PARIS" }));
        Assert.Equal([b.Jean.Id, b.Marie.Id, b.Oiseaux.Id, b.Paul.Id], await App.MatchAsync(new CountryCriterion { Countries = "fr" }));
    }

    [Fact]
    public async Task Markers_and_email_status()
    {
        var b = await SeedAsync();
        await App.WithDbAsync(async db =>
        {
            (await db.Contacts.SingleAsync(c => c.Id == b.Paul.Id)).SetMarkers(true, ReceiptPreference.Annual);
            (await db.ContactEmails.SingleAsync(e => e.ContactId == b.Oiseaux.Id)).MarkUnusable("Adresse rejetée", Today);
            return await db.SaveChangesAsync();
        });

        Assert.Equal([b.Paul.Id], await App.MatchAsync(new MarkerCriterion { Marker = ContactMarker.NoSolicitation }));
        Assert.Equal([b.Paul.Id], await App.MatchAsync(new ReceiptPreferenceCriterion { Preference = ReceiptPreference.Annual }));
        Assert.Equal([b.Jean.Id], await App.MatchAsync(new EmailStatusCriterion { State = EmailState.Usable }));
        Assert.Equal([b.Oiseaux.Id], await App.MatchAsync(new EmailStatusCriterion { State = EmailState.OnlyUnusable }));
        Assert.Equal([b.Marie.Id, b.Paul.Id], await App.MatchAsync(new EmailStatusCriterion { State = EmailState.None }));
    }

    [Fact]
    public async Task Tags_any_or_all_and_groups_included_or_excluded()
    {
        var b = await SeedAsync();
        var press = await App.TagAsync("PRESSE", b.Jean.Id, b.Marie.Id);
        var volunteer = await App.TagAsync("BENEVOLE", b.Jean.Id);
        var board = await App.GroupAsync("Conseil d'administration", b.Marie.Id, b.Paul.Id);

        Assert.Equal([b.Jean.Id, b.Marie.Id], await App.MatchAsync(new TagCriterion { TagIds = [press, volunteer] }));
        Assert.Equal([b.Jean.Id], await App.MatchAsync(new TagCriterion { TagIds = [press, volunteer], AllOfThem = true }));
        Assert.Equal([b.Marie.Id, b.Paul.Id], await App.MatchAsync(new GroupMemberCriterion { GroupIds = [board] }));
        Assert.Equal([b.Jean.Id, b.Oiseaux.Id], await App.MatchAsync(new GroupMemberCriterion { GroupIds = [board], Exclude = true }));
    }

    [Fact]
    public async Task Every_kind_of_custom_field_is_searchable()
    {
        var b = await SeedAsync();
        var size = await App.FieldAsync("Taille de t-shirt", CustomFieldKind.Choice, "S", "M", "L");
        var skills = await App.FieldAsync("Compétences", CustomFieldKind.MultiChoice, "Comptabilité", "Juridique", "Photo");
        var hours = await App.FieldAsync("Heures de bénévolat", CustomFieldKind.Number);
        var since = await App.FieldAsync("Bénévole depuis", CustomFieldKind.Date);
        var driver = await App.FieldAsync("Permis de conduire", CustomFieldKind.YesNo);
        var note = await App.FieldAsync("Remarque", CustomFieldKind.Text);
        var emergency = await App.FieldAsync("Téléphone d'urgence", CustomFieldKind.Phone);
        foreach (var (contact, field, value) in new[]
                 {
                     (b.Jean, size, new CustomValueInput("m")), (b.Marie, size, new CustomValueInput("L")),
                     (b.Jean, skills, new CustomValueInput(Choices: ["Photo", "juridique"])), (b.Paul, skills, new CustomValueInput(Choices: ["Comptabilité"])),
                     (b.Jean, hours, new CustomValueInput(Number: 12.5m)), (b.Marie, hours, new CustomValueInput(Number: 40m)),
                     (b.Jean, since, new CustomValueInput(Date: new DateOnly(2019, 5, 1))), (b.Paul, since, new CustomValueInput(Date: new DateOnly(2024, 1, 15))),
                     (b.Marie, driver, new CustomValueInput(YesNo: true)), (b.Paul, driver, new CustomValueInput(YesNo: false)),
                     (b.Oiseaux, note, new CustomValueInput("Partenaire historique du refuge")),
                     (b.Paul, emergency, new CustomValueInput("06 12 34 56 78")),
                 })
        {
            var set = await App.SetFieldAsync(contact.Id, field, value);
            Assert.True(set.Succeeded, string.Join(" ", set.Errors));
        }

        Assert.Equal([b.Jean.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = size, Value = "M" }));
        Assert.Equal([b.Jean.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = skills, Comparison = FieldComparison.Contains, Value = "Juridique" }));
        Assert.Equal([b.Marie.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = hours, Comparison = FieldComparison.AtLeast, Value = "12,6" }));
        Assert.Equal([b.Jean.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = since, Comparison = FieldComparison.AtMost, Value = "31/12/2020" }));
        Assert.Equal([b.Paul.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = driver, Value = "non" }));
        Assert.Equal([b.Oiseaux.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = note, Comparison = FieldComparison.Contains, Value = "refuge" }));
        Assert.Equal([b.Paul.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = emergency, Value = "+33612345678" }));
        Assert.Equal([b.Marie.Id, b.Oiseaux.Id], await App.MatchAsync(new CustomFieldCriterion { FieldId = skills, Comparison = FieldComparison.IsNotSet }));
    }

    [Fact]
    public async Task A_custom_field_value_that_does_not_suit_the_field_is_refused_in_French()
    {
        await SeedAsync();
        var hours = await App.FieldAsync("Heures de bénévolat", CustomFieldKind.Number);
        var size = await App.FieldAsync("Taille", CustomFieldKind.Choice, "S", "M");

        var count = await App.TryCountAsync(SegmentTestData.All(new CustomFieldCriterion { FieldId = hours, Comparison = FieldComparison.AtLeast, Value = "beaucoup" }));
        var set = await App.SetFieldAsync((await App.CreatePersonAsync("Durand")).Id, size, new CustomValueInput("XXL"));

        Assert.Equal(["« beaucoup » ne convient pas au champ « Heures de bénévolat » pour cette comparaison."], count.Errors);
        Assert.Equal(["« XXL » ne fait pas partie des options du champ « Taille »."], set.Errors);
    }

    [Fact]
    public async Task Giving_last_gift_total_over_a_period_campaigns_and_active_recurring_gift()
    {
        var b = await SeedAsync();
        await App.PayPalGiftAsync(b.Paul.Id, 10m, Periodicity.Monthly, Today.AddMonths(-1));

        Assert.Equal([b.Jean.Id], await App.MatchAsync(new LastGiftCriterion { WithinMonths = 12 }));
        Assert.Equal([b.Jean.Id, b.Marie.Id], await App.MatchAsync(new LastGiftCriterion()));
        Assert.Equal([b.Marie.Id], await App.MatchAsync(new LastGiftCriterion { From = Today.AddYears(-3), To = Today.AddYears(-1) }));
        Assert.Equal([b.Jean.Id], await App.MatchAsync(new GivingTotalCriterion { WithinMonths = 12, Minimum = 120m }));
        Assert.Empty(await App.MatchAsync(new GivingTotalCriterion { WithinMonths = 12, Minimum = 120.01m }));
        Assert.Equal([b.Marie.Id], await App.MatchAsync(new GivingTotalCriterion { Minimum = 10m, Maximum = 50m }));
        Assert.Equal([b.Jean.Id, b.Marie.Id], await App.MatchAsync(new CampaignGiftCriterion { CampaignIds = [b.Spring.Id] }));
        Assert.Equal([b.Marie.Id, b.Oiseaux.Id, b.Paul.Id], await App.MatchAsync(new CampaignGiftCriterion { CampaignIds = [b.Autumn.Id], Exclude = true }));
        Assert.Equal([b.Paul.Id], await App.MatchAsync(new ActiveRecurringGiftCriterion()));
    }

    [Fact]
    public async Task Received_a_campaign_but_did_not_give_to_it()
    {
        var b = await SeedAsync();
        foreach (var contact in new[] { b.Jean, b.Marie, b.Paul })
        {
            await App.ReceiveAsync(contact.Id, b.Autumn.Id, Today.AddDays(-40));
        }

        var found = await App.MatchAsync(
            new CampaignReceivedCriterion { CampaignIds = [b.Autumn.Id] },
            new CampaignGiftCriterion { CampaignIds = [b.Autumn.Id], Exclude = true });

        Assert.Equal([b.Marie.Id, b.Paul.Id], found);
    }

    [Fact]
    public async Task Pending_and_cancelled_gifts_do_not_count()
    {
        var b = await SeedAsync();
        var batch = await App.OpenBatchAsync();
        await App.ReceiveCashAsync(batch.Id, b.Paul.Id, 500m);

        Assert.DoesNotContain(b.Paul.Id, await App.MatchAsync(new LastGiftCriterion()));
        Assert.DoesNotContain(b.Paul.Id, await App.MatchAsync(new GivingTotalCriterion { WithinMonths = 1, Minimum = 1m }));
    }

    [Fact]
    public async Task Nested_and_or_blocks_combine_as_written()
    {
        var b = await SeedAsync();
        var press = await App.TagAsync("PRESSE", b.Jean.Id);

        // (Paris OR Lyon) AND NOT tagged PRESSE
        var criteria = SegmentTestData.All(
            new CriteriaGroup { Match = GroupMatch.Any, Children = [new PostcodeCriterion { Postcodes = "75" }, new DepartmentCriterion { Departments = "69" }] },
            new TagCriterion { TagIds = [press], Exclude = true });

        Assert.Equal([b.Marie.Id], await App.MatchAsync(criteria));

        // Persons AND (gave within a year OR no email at all)
        var nested = SegmentTestData.All(
            new ContactKindCriterion { Kind = ContactKind.Person },
            new CriteriaGroup { Match = GroupMatch.Any, Children = [new LastGiftCriterion { WithinMonths = 12 }, new EmailStatusCriterion { State = EmailState.None }] });

        Assert.Equal([b.Jean.Id, b.Marie.Id, b.Paul.Id], await App.MatchAsync(nested));
    }

    [Fact]
    public async Task A_segment_includes_or_excludes_another_saved_segment()
    {
        var b = await SeedAsync();
        var donors = await App.SaveSegmentAsync("Donateurs", SegmentTestData.All(new LastGiftCriterion()));
        Assert.True(donors.Succeeded, string.Join(" ", donors.Errors));

        Assert.Equal([b.Jean.Id], await App.MatchAsync(new InSegmentCriterion { SegmentId = donors.Value }, new PostcodeCriterion { Postcodes = "75" }));
        Assert.Equal([b.Oiseaux.Id, b.Paul.Id], await App.MatchAsync(new InSegmentCriterion { SegmentId = donors.Value, Exclude = true }));
    }

    [Fact]
    public async Task A_segment_that_would_include_itself_is_refused()
    {
        await SeedAsync();
        var original = SegmentTestData.All(new LastGiftCriterion(), new NameCriterion { Text = "Du" });
        var a = await App.SaveSegmentAsync("A", original);
        var bSegment = await App.SaveSegmentAsync("B", SegmentTestData.All(new InSegmentCriterion { SegmentId = a.Value }));

        var direct = await App.SaveSegmentAsync("A", SegmentTestData.All(new InSegmentCriterion { SegmentId = a.Value }), a.Value);
        var indirect = await App.SaveSegmentAsync("A", SegmentTestData.All(new InSegmentCriterion { SegmentId = bSegment.Value }), a.Value);

        Assert.Equal(["Le segment « A » s'inclut lui-même (directement ou par un autre segment)."], direct.Errors);
        Assert.Equal(["Le segment « A » s'inclut lui-même (directement ou par un autre segment)."], indirect.Errors);
        var stored = await App.QueryAsync(db => db.Segments.SingleAsync(s => s.Id == a.Value));
        Assert.Equal(original.ToJson(), SegmentCriteria.FromJson(stored.Criteria).ToJson());
    }

    [Fact]
    public async Task A_new_gift_moves_the_contact_out_of_a_lapsed_donors_segment_at_once()
    {
        var b = await SeedAsync();
        var lapsed = await App.SaveSegmentAsync("Donateurs perdus", SegmentTestData.All(
            new LastGiftCriterion(),
            new LastGiftCriterion { WithinMonths = 12, Exclude = true }));
        var usingIt = SegmentTestData.All(new InSegmentCriterion { SegmentId = lapsed.Value });
        Assert.Equal([b.Marie.Id], await App.MatchAsync(usingIt));

        await App.TransferGiftAsync(b.Marie.Id, 15m, Today);

        Assert.Empty(await App.MatchAsync(usingIt));
    }

    [Fact]
    public async Task Criteria_values_never_enter_the_SQL_text()
    {
        await SeedAsync();
        var hostile = "x'); DROP TABLE contacts; --";

        var found = await App.MatchAsync(new NameCriterion { Text = hostile }, new CityCriterion { City = hostile }, new PostcodeCriterion { Postcodes = "75%" });

        Assert.Empty(found);
        Assert.True(await App.QueryAsync(db => db.Contacts.AnyAsync()));
    }
}
