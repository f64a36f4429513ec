using CrmBlazor.Application.Receipts;
using CrmBlazor.Domain.Contacts;
using CrmBlazor.Domain.Organisation;
using CrmBlazor.Domain.Payments;
using CrmBlazor.Domain.Receipts;

namespace CrmBlazor.UnitTests.Receipts;

/// <summary>The donor snapshot, the way a receipt goes out, the email text and the print mapping.</summary>
public sealed class ReceiptIssuingRulesTests
{
    private static readonly OrganisationProfile Profile = OrganisationProfile.NextRevision(
        null,
        new OrganisationIdentity(
            "Les Amis des Oiseaux", "w 751 234 567", "12 rue des Lilas", "75020", "Paris", "France", "Protection des oiseaux",
            OrganisationCategory.PublicUtility, "décret du 12/03/1990", true, true, "Claire Moreau", "Présidente", [1, 2, 3], "image/png",
            "Crédit Mutuel", "Les Amis des Oiseaux", "FR76 1027 8060 6100 0102 0480 101", null, true),
        DateTimeOffset.UnixEpoch,
        "tests");

    [Fact]
    public void Snapshot_of_a_french_donor_has_the_window_lines_the_street_and_france()
    {
        var snapshot = ReceiptDonors.Snapshot(new ReceiptDonorSource(
            1, ContactKind.Person, Civility.Madame, "Marie", "Lefèvre", null,
            new PostalAddress("Appartement 12", null, "5 bis avenue des Champs-Élysées", "Lieu-dit Le Moulin", "75008", "Paris")));

        Assert.Equal(("Lefèvre", "Marie", "5 bis avenue des Champs-Élysées, Lieu-dit Le Moulin", "75008", "Paris", "France"),
            (snapshot.LastName, snapshot.FirstNames, snapshot.Street, snapshot.PostCode, snapshot.City, snapshot.Country));
        Assert.Equal("Mme Marie LEFÈVRE", snapshot.AddressLines[0]);
        Assert.Equal("75008 PARIS", snapshot.AddressLines[^1]);
    }

    [Fact]
    public void Snapshot_of_a_donor_abroad_names_the_country_as_la_poste_writes_it_and_overseas_france_is_france()
    {
        var abroad = ReceiptDonors.Snapshot(new ReceiptDonorSource(
            1, ContactKind.Person, null, null, "Schmidt", null, new PostalAddress(null, null, "Hauptstraße 5", null, "10115", "Berlin", "DE")));
        var reunion = ReceiptDonors.Snapshot(new ReceiptDonorSource(
            2, ContactKind.Person, null, "Paul", "Hoarau", null, new PostalAddress(null, null, "3 rue de Paris", null, "97400", "Saint-Denis", "RE")));

        Assert.Equal(("ALLEMAGNE", "ALLEMAGNE", ""), (abroad.Country, abroad.AddressLines[^1], abroad.FirstNames));
        Assert.Equal(("France", "97400 SAINT DENIS"), (reunion.Country, reunion.AddressLines[^1]));
    }

    [Fact]
    public void Snapshot_without_address_has_no_lines_and_an_organisation_has_no_snapshot()
    {
        var bare = ReceiptDonors.Snapshot(new ReceiptDonorSource(1, ContactKind.Person, null, "Jean", "Numérique", null, null));

        Assert.Empty(bare.AddressLines);
        Assert.Equal(("", "", "", ""), (bare.Street, bare.PostCode, bare.City, bare.Country));
        Assert.Throws<InvalidOperationException>(() => ReceiptDonors.Snapshot(
            new ReceiptDonorSource(2, ContactKind.Organisation, null, null, null, "Club", new PostalAddress(null, null, null, null, "69003", "Lyon"))));
    }

    [Theory]
    [InlineData(ReceiptPreference.ByEmail, "a@b.fr", true, ReceiptDelivery.Email)]
    [InlineData(ReceiptPreference.ByEmail, "a@b.fr", false, ReceiptDelivery.Email)]
    [InlineData(ReceiptPreference.ByEmail, null, true, ReceiptDelivery.Post)]
    [InlineData(ReceiptPreference.Annual, "a@b.fr", true, ReceiptDelivery.Post)]
    [InlineData(ReceiptPreference.PerGift, null, true, ReceiptDelivery.Post)]
    [InlineData(ReceiptPreference.ByEmail, null, false, null)]
    [InlineData(ReceiptPreference.Annual, "a@b.fr", false, null)]
    public void Receipt_goes_by_email_only_to_donors_who_chose_it_and_by_post_only_with_an_address(
        ReceiptPreference preference, string? email, bool hasAddress, ReceiptDelivery? expected) =>
        Assert.Equal(expected, ReceiptRunRules.DeliveryFor(preference, email, hasAddress));

    [Fact]
    public void Receipt_email_names_the_receipt_the_year_the_amount_in_french_and_the_signatory()
    {
        var receipt = Receipt();

        var message = ReceiptEmails.Message(Profile, receipt, "Mme Marie LEFÈVRE", "marie@exemple.fr", 77, DateTimeOffset.UnixEpoch);

        Assert.Equal(("marie@exemple.fr", 77L, 9L), (message.ToAddress, message.AttachmentDocumentId!.Value, message.ContactId!.Value));
        Assert.Equal("Votre reçu fiscal 2025 – Les Amis des Oiseaux", message.Subject);
        Assert.StartsWith("Bonjour Mme Marie LEFÈVRE,", message.Body, StringComparison.Ordinal);
        Assert.Contains("reçu fiscal n° 2025-000042 pour vos dons de 2025, d'un montant total de 1 234,50 €", message.Body.Replace('\u202f', ' ').Replace('\u00a0', ' '), StringComparison.Ordinal);
        Assert.EndsWith("Claire Moreau, Présidente\nLes Amis des Oiseaux", message.Body.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Print_carries_the_snapshot_and_the_issuer_revision_fields()
    {
        var receipt = Receipt();

        var print = ReceiptPrints.Print(receipt, duplicate: true);
        var issuer = ReceiptPrints.Issuer(Profile);

        Assert.Equal(("2025-000042", ReceiptKind.Annual, 1234.50m, true, false), (print.Number, print.Kind, print.Amount, print.IsDuplicate, print.IsCancelled));
        Assert.Equal((new DateOnly(2025, 1, 5), new DateOnly(2025, 11, 5)), (print.FirstPaymentOn, print.LastPaymentOn));
        Assert.Equal([ReceiptPaymentMode.Cheque, ReceiptPaymentMode.TransferDebitOrCard], print.PaymentModes);
        Assert.Equal(("Lefèvre", "75002"), (print.Donor.LastName, print.Donor.PostCode));
        Assert.Equal(["Mme Marie LEFÈVRE", "75002 PARIS"], print.Donor.AddressLines);
        Assert.Equal(("W751234567", OrganisationCategory.PublicUtility, "décret du 12/03/1990", true, true),
            (issuer.SirenOrRna, issuer.Category, issuer.CategoryDetail, issuer.Article200, issuer.Article978));
        Assert.Equal([1, 2, 3], issuer.SignatureImage!);
    }

    private static TaxReceipt Receipt() => TaxReceipt.Issue(new ReceiptIssue(
        2025, 42, ReceiptKind.Annual, 9,
        [new ReceiptGift(1, 1000m, new DateOnly(2025, 1, 5), PaymentMethod.Cheque), new ReceiptGift(2, 234.50m, new DateOnly(2025, 11, 5), PaymentMethod.Card)],
        new DateOnly(2026, 1, 15), DateTimeOffset.UnixEpoch, "tests", 1, ReceiptDelivery.Email,
        new ReceiptDonorSnapshot("Lefèvre", "Marie", ["Mme Marie LEFÈVRE", "75002 PARIS"], "12 rue de la Paix", "75002", "Paris", "France")));
}
