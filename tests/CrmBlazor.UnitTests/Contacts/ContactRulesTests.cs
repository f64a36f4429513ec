using CrmBlazor.Domain.Campaigns;
using CrmBlazor.Domain.Common;
using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.UnitTests.Contacts;

/// <summary>The pure rules of the contact record: names, memos, death, emails, SIRET, phone numbers and campaigns.</summary>
public sealed class ContactRulesTests
{
    private static readonly DateOnly Entry = new(2024, 1, 15);

    [Fact]
    public void A_person_is_shown_as_civility_first_name_and_last_name_in_capitals()
    {
        var marie = Contact.NewPerson(100001, Civility.Madame, " Marie ", " Lefèvre ", Entry, 1);

        Assert.Equal("Mme Marie LEFÈVRE", marie.DisplayName);
        Assert.Equal(("Marie", "Lefèvre"), (marie.FirstName, marie.LastName));
        Assert.Equal((ContactKind.Person, 100001L, ReceiptPreference.PerGift), (marie.Kind, marie.MemberNumber, marie.ReceiptPreference));
    }

    [Theory]
    [InlineData(Civility.Monsieur, "Jean", "M. Jean DUPONT")]
    [InlineData(Civility.MonsieurEtMadame, null, "M. et Mme DUPONT")]
    [InlineData(null, "Jean", "Jean DUPONT")]
    public void Missing_civility_or_first_name_leaves_no_gap(Civility? civility, string? firstName, string expected)
    {
        Assert.Equal(expected, Contact.NewPerson(1, civility, firstName, "Dupont", Entry, 1).DisplayName);
    }

    [Fact]
    public void A_person_needs_a_last_name_and_an_organisation_a_name()
    {
        Assert.Equal("Le nom est obligatoire.", Assert.Throws<DomainException>(() => Contact.NewPerson(1, null, "Jean", "  ", Entry, 1)).Message);
        Assert.Throws<DomainException>(() => Contact.NewOrganisation(1, " ", null, OrganisationKind.Association, Entry, 1));
    }

    [Fact]
    public void An_organisation_is_shown_by_its_name_and_its_SIRET_is_kept_without_spaces()
    {
        var amis = Contact.NewOrganisation(1, "Association Les Amis du Rhône", "732 829 320 00074", OrganisationKind.Association, Entry, 1);

        Assert.Equal("Association Les Amis du Rhône", amis.DisplayName);
        Assert.Equal("73282932000074", amis.Siret);
        Assert.Throws<DomainException>(() => amis.RenamePerson(Civility.Madame, "Marie", "Lefèvre"));
    }

    [Fact]
    public void Memos_are_trimmed_and_blank_ones_become_empty()
    {
        var contact = Contact.NewPerson(1, null, "Jean", "Dupont", Entry, 1);

        contact.EditMemos(new ContactMemos("  Ancien bénévole  ", "   ", "", null));
        contact.EditNotepad("\t");

        Assert.Equal(new ContactMemos("Ancien bénévole", null, null, null), contact.Memos);
        Assert.Null(contact.Notepad);
    }

    [Fact]
    public void Recording_a_death_suspends_the_contact_from_that_day()
    {
        var contact = Contact.NewPerson(1, null, "Jean", "Dupont", Entry, 1);
        var day = new DateOnly(2025, 2, 14);

        contact.RecordDeath(day, deceasedSuspensionCodeId: 7);

        Assert.True(contact.IsDeceased);
        Assert.Equal((day, 7L, (DateOnly?)day), (contact.DeceasedOn!.Value, contact.SuspensionCodeId!.Value, contact.SuspendedOn));
    }

    [Theory]
    [InlineData(nameof(Contact.Notepad), ContactParts.Notepad)]
    [InlineData(nameof(Contact.AlertMemo), ContactParts.Memos)]
    [InlineData(nameof(Contact.SuspendedOn), ContactParts.Markers)]
    [InlineData(nameof(Contact.LastName), ContactParts.Identity)]
    public void Each_column_belongs_to_one_part_of_the_record(string property, string part)
    {
        Assert.Equal(part, Contact.PartOf(property));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void An_email_cannot_be_marked_unusable_without_a_reason(string? reason)
    {
        var email = ContactEmail.Enter(1, "jean.dupont@orange.fr", Entry, 1);

        Assert.Throws<DomainException>(() => email.MarkUnusable(reason!, Entry));
        Assert.True(email.IsUsable);
    }

    [Fact]
    public void An_email_is_stored_trimmed_and_in_lower_case()
    {
        var email = ContactEmail.Enter(1, "  Jean.Dupont@Orange.FR ", Entry, 3);

        Assert.Equal(("jean.dupont@orange.fr", EmailStatus.Valid, 3L), (email.Address, email.Status, email.OriginCampaignId));
    }

    [Fact]
    public void Correcting_an_unusable_email_to_a_new_address_makes_it_usable_again()
    {
        var email = ContactEmail.Enter(1, "jean.dupont@ornage.fr", Entry, 1);
        email.MarkUnusable(" Domaine inconnu ", Entry);
        Assert.Equal(("Domaine inconnu", (DateOnly?)Entry), (email.UnusableReason, email.UnusableSince));

        email.Correct("Jean.Dupont@Orange.fr", 2);

        Assert.Equal(("jean.dupont@orange.fr", EmailStatus.Valid, 2L), (email.Address, email.Status, email.OriginCampaignId));
        Assert.Null(email.UnusableReason);
        Assert.Null(email.UnusableSince);
    }

    [Fact]
    public void Correcting_only_the_case_of_an_unusable_email_leaves_it_unusable()
    {
        var email = ContactEmail.Enter(1, "jean.dupont@orange.fr", Entry, 1);
        email.MarkUnusable("Boîte pleine", Entry);

        email.Correct("JEAN.DUPONT@ORANGE.FR", 1);

        Assert.Equal(EmailStatus.Unusable, email.Status);
    }

    [Theory]
    [InlineData("73282932000074")]
    [InlineData("55208131766522")]
    [InlineData("44306184100047")]
    public void SIRET_passing_the_Luhn_check_is_valid(string siret)
    {
        Assert.True(Siret.IsValid(siret));
    }

    [Theory]
    [InlineData("73282932000075")]
    [InlineData("7328293200007")]
    [InlineData("732829320000740")]
    [InlineData("7328293200007A")]
    [InlineData("732 829 320 00074")]
    [InlineData("")]
    [InlineData(null)]
    public void SIRET_with_a_wrong_key_length_or_characters_is_invalid(string? siret)
    {
        Assert.False(Siret.IsValid(siret));
    }

    [Fact]
    public void La_Poste_establishments_are_valid_when_their_digits_add_up_to_a_multiple_of_five()
    {
        Assert.True(Siret.IsValid("35600000049837"));
        Assert.False(Siret.IsValid("35600000049838"));
    }

    [Fact]
    public void La_Poste_head_office_SIRET_which_passes_the_Luhn_check_is_valid()
    {
        // 356 000 000 00048, La Poste's siège: Luhn-valid, but its digits add up to 26.
        Assert.True(Siret.IsValid("35600000000048"));
    }

    [Theory]
    [InlineData("06 12 34 56 78", "+33612345678", "06 12 34 56 78", "612345678")]
    [InlineData("0612345678", "+33612345678", "06 12 34 56 78", "612345678")]
    [InlineData("+33 6 12 34 56 78", "+33612345678", "06 12 34 56 78", "612345678")]
    [InlineData("01.42.68.53.00", "+33142685300", "01 42 68 53 00", "142685300")]
    public void French_numbers_are_stored_in_E164_and_shown_in_the_national_format(string typed, string e164, string display, string digits)
    {
        Assert.Equal(new ValidPhoneNumber(e164, display, digits), ValidPhoneNumber.TryParse(typed));
    }

    [Theory]
    [InlineData("+44 20 7946 0958", "+442079460958", "+44 20 7946 0958")]
    [InlineData("+32 2 555 12 12", "+3225551212", "+32 2 555 12 12")]
    public void Foreign_numbers_are_shown_in_the_international_format(string typed, string e164, string display)
    {
        var number = ValidPhoneNumber.TryParse(typed);

        Assert.NotNull(number);
        Assert.Equal((e164, display), (number.E164, number.Display));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("pas de téléphone")]
    [InlineData("12")]
    [InlineData("06 12 34")]
    [InlineData("+33 0 00 00 00 00")]
    public void Garbage_or_incomplete_numbers_are_refused(string? typed)
    {
        Assert.Null(ValidPhoneNumber.TryParse(typed));
    }

    [Theory]
    [InlineData("06 12 34", "61234")]
    [InlineData("+33 6 12", "612")]
    [InlineData("+33 (0)6 12 34 56 78", "612345678")]
    [InlineData("0033 6 12 34 56 78", "612345678")]
    [InlineData("612345678", "612345678")]
    [InlineData("+44 20 7946", "44207946")]
    public void Search_digits_drop_the_trunk_zero_and_the_French_prefix(string typed, string expected)
    {
        Assert.Equal(expected, ValidPhoneNumber.SearchDigitsOf(typed));
    }

    [Fact]
    public void The_generic_campaign_cannot_be_closed()
    {
        var generic = Campaign.Create("generique", "Campagne générique", CampaignChannel.Mail, new DateOnly(2000, 1, 1), isGeneric: true);

        var refused = Assert.Throws<DomainException>(() => generic.Close(new DateOnly(2025, 1, 1)));

        Assert.Equal("La campagne générique ne peut pas être clôturée.", refused.Message);
        Assert.False(generic.IsClosed);
    }

    [Fact]
    public void A_campaign_is_closed_once_and_can_be_reopened()
    {
        var campaign = Campaign.Create(" noel24 ", " Appel de Noël ", CampaignChannel.Mail, new DateOnly(2024, 12, 1));

        campaign.Close(new DateOnly(2025, 1, 31));
        campaign.Close(new DateOnly(2025, 3, 1));

        Assert.Equal(("NOEL24", "Appel de Noël"), (campaign.Code, campaign.Name));
        Assert.Equal(new DateOnly(2025, 1, 31), campaign.ClosedOn);
        campaign.Reopen();
        Assert.False(campaign.IsClosed);
    }

    [Fact]
    public void A_campaign_cannot_end_before_it_starts_nor_cost_less_than_nothing()
    {
        var campaign = Campaign.Create("NOEL24", "Appel de Noël", CampaignChannel.Mail, new DateOnly(2024, 12, 1));

        var reversed = Assert.Throws<DomainException>(() => campaign.Edit(
            "NOEL24", "Appel de Noël", CampaignChannel.Mail, new DateOnly(2024, 12, 1), new DateOnly(2024, 11, 30), null, null));
        Assert.Throws<DomainException>(() => campaign.Edit(
            "NOEL24", "Appel de Noël", CampaignChannel.Mail, new DateOnly(2024, 12, 1), null, -1m, null));

        Assert.Equal("La date de fin précède la date de début.", reversed.Message);
        Assert.Null(campaign.EndsOn);
        campaign.Edit("NOEL24", "Appel de Noël", CampaignChannel.Mail, new DateOnly(2024, 12, 1), new DateOnly(2024, 12, 1), 1500m, 3000);
        Assert.Equal((new DateOnly(2024, 12, 1), 1500m, 3000), (campaign.EndsOn!.Value, campaign.Cost!.Value, campaign.RecipientCount!.Value));
    }
}
