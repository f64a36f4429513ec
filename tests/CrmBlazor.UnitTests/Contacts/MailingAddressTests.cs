using CrmBlazor.Domain.Contacts;

namespace CrmBlazor.UnitTests.Contacts;

public sealed class MailingAddressTests
{
    private const string Recipient = "Mme Marie Lefèvre";

    private static IReadOnlyList<string> Lines(
        string? street = null,
        string? delivery = null,
        string? building = null,
        string? locality = null,
        string postalCode = "75002",
        string city = "Paris",
        string country = "FR",
        string recipient = Recipient) =>
        MailingAddress.Lines(recipient, new PostalAddress(delivery, building, street, locality, postalCode, city, country));

    private static string StreetLine(string street) => Lines(street)[1];

    [Fact]
    public void A_typical_paris_address_gives_recipient_delivery_street_and_city_lines()
    {
        var lines = Lines("12 rue de la Paix", delivery: "Appartement 12, 3e étage");

        Assert.Equal(["Mme Marie Lefèvre", "Appartement 12, 3e étage", "12 RUE DE LA PAIX", "75002 PARIS"], lines);
    }

    [Fact]
    public void Empty_optional_lines_are_not_printed()
    {
        var lines = Lines("8 rue des Lilas", delivery: "   ", building: "", locality: null, postalCode: "69003", city: "Lyon");

        Assert.Equal(["Mme Marie Lefèvre", "8 RUE DES LILAS", "69003 LYON"], lines);
    }

    [Fact]
    public void A_full_french_address_has_six_lines_and_no_country_line()
    {
        var lines = Lines(
            "5 rue du Moulin", delivery: "Chez M. Dupont", building: "Bâtiment B", locality: "Lieu-dit Les Prés",
            postalCode: "35000", city: "Rennes");

        Assert.Equal(MailingAddress.MaxLines, lines.Count);
        Assert.Equal("35000 RENNES", lines[^1]);
    }

    [Fact]
    public void Punctuation_and_accents_are_removed_from_line_four_onwards()
    {
        var lines = Lines(
            "3, allée de l'Église (côté cour)", locality: "Lieu-dit « Les Côtes »", postalCode: "42000", city: "Saint-Étienne");

        Assert.Equal(["Mme Marie Lefèvre", "3 ALLEE DE L EGLISE COTE COUR", "LIEU DIT LES COTES", "42000 SAINT ETIENNE"], lines);
    }

    [Theory]
    [InlineData("8 rue du Cœur-Volant", "8 RUE DU COEUR VOLANT")]
    [InlineData("2 place Lætitia", "2 PLACE LAETITIA")]
    [InlineData("7 rue Ça-ira", "7 RUE CA IRA")]
    [InlineData("1 rue   des   Écoles", "1 RUE DES ECOLES")]
    public void Street_ligatures_cedillas_and_spaces_are_normalised(string street, string expected)
    {
        Assert.Equal(expected, StreetLine(street));
    }

    [Fact]
    public void Lines_one_to_three_keep_their_case_accents_and_punctuation()
    {
        var lines = Lines("4 rue Haute", delivery: "Chez M. Éric Dupré", building: "Résidence « Les Érables », bât. B");

        Assert.Equal("Mme Marie Lefèvre", lines[0]);
        Assert.Equal("Chez M. Éric Dupré", lines[1]);
        Assert.Equal("Résidence « Les Érables », bât. B", lines[2]);
    }

    [Fact]
    public void Lines_one_to_three_are_trimmed_and_their_spaces_collapsed()
    {
        var lines = Lines("4 rue Haute", delivery: "  Escalier   C\t 2e étage ", recipient: "  Mme   Marie  Lefèvre ");

        Assert.Equal("Mme Marie Lefèvre", lines[0]);
        Assert.Equal("Escalier C 2e étage", lines[1]);
    }

    [Theory]
    [InlineData("5 bis rue Victor Hugo", "5 B RUE VICTOR HUGO")]
    [InlineData("5 TER rue Victor Hugo", "5 T RUE VICTOR HUGO")]
    [InlineData("5 Quater rue Victor Hugo", "5 Q RUE VICTOR HUGO")]
    [InlineData("5bis rue Victor Hugo", "5 B RUE VICTOR HUGO")]
    public void Number_index_after_the_leading_number_is_reduced_to_its_letter(string street, string expected)
    {
        Assert.Equal(expected, StreetLine(street));
    }

    [Fact]
    public void Bis_inside_the_street_name_is_kept()
    {
        Assert.Equal("7 RUE BIS", StreetLine("7 rue Bis"));
    }

    [Fact]
    public void A_street_of_32_characters_or_less_is_not_abbreviated()
    {
        Assert.Equal("14 AVENUE DES FLEURS", StreetLine("14 avenue des Fleurs"));
        Assert.Equal("112 AVENUE DU PRESIDENT WILSON", StreetLine("112 avenue du Président Wilson"));
    }

    [Fact]
    public void Long_street_is_abbreviated_to_fit_32_characters()
    {
        // 34 characters in full: the street type alone is enough, the title stays whole.
        var street = StreetLine("10 avenue du Docteur Arnold Netter");

        Assert.Equal("10 AV DU DOCTEUR ARNOLD NETTER", street);
        Assert.True(street.Length <= 32);
    }

    [Fact]
    public void Street_type_then_titles_are_abbreviated_until_no_rule_is_left()
    {
        // 51 characters in full; with the street types and titles of the table it goes down to 38.
        var street = StreetLine("12 avenue du Général Maréchal de Lattre de Tassigny");

        Assert.Equal("12 AV DU GAL MAL DE LATTRE DE TASSIGNY", street);
        Assert.True(street.Length <= MailingAddress.MaxLineLength);
    }

    [Fact]
    public void Saint_sainte_and_notre_dame_are_abbreviated_as_whole_words()
    {
        var street = StreetLine("3 chemin de Notre-Dame de la Sainte-Baume");

        Assert.Equal("3 CHE DE ND DE LA STE BAUME", street);
    }

    [Fact]
    public void Rue_and_a_street_type_word_inside_the_name_are_never_abbreviated()
    {
        // 33 characters: too long for 32, but no rule applies and it still fits in 38.
        Assert.Equal("1 RUE DE LA PLACE DU VIEUX MARCHE", StreetLine("1 rue de la Place du Vieux Marché"));
    }

    [Fact]
    public void A_street_still_too_long_after_abbreviation_is_cut_at_a_word_boundary()
    {
        var street = StreetLine("1 rue des Anciens Combattants d'Afrique du Nord et des Théâtres d'Opérations");

        Assert.Equal("1 RUE DES ANCIENS COMBATTANTS D", street);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("BE")]
    [InlineData("XX")]
    public void Every_line_fits_in_38_characters_and_the_block_in_the_line_limit(string country)
    {
        var lines = Lines(
            street: "145 boulevard du Général Maréchal Commandant Lieutenant Capitaine de la République Française",
            delivery: "Chez Monsieur et Madame Jean-Baptiste Marie-Christine de La Tour d'Auvergne",
            building: "Résidence des Grands Chênes Centenaires, bâtiment Hortensias, entrée 4",
            locality: "Lieu-dit Le Hameau des Quatre Chemins de la Croix-Blanche",
            postalCode: "13100",
            city: "Saint-Marc-Jaumegarde-les-Hauts-de-Provence",
            country: country,
            recipient: "Association pour la Sauvegarde du Patrimoine Rural de la Montagne Sainte-Victoire");

        Assert.All(lines, line => Assert.InRange(line.Length, 1, MailingAddress.MaxLineLength));
        Assert.All(lines, line => Assert.DoesNotContain("  ", line, StringComparison.Ordinal));
        Assert.True(lines.Count <= (country == "FR" ? MailingAddress.MaxLines : MailingAddress.MaxLinesAbroad));
    }

    [Fact]
    public void Cedex_and_its_number_are_kept_on_the_last_line()
    {
        var lines = Lines(locality: "TSA 12345", postalCode: "75700", city: "Paris Cedex 07", recipient: "Ministère de la Culture");

        Assert.Equal(["Ministère de la Culture", "TSA 12345", "75700 PARIS CEDEX 07"], lines);
    }

    [Theory]
    [InlineData("42000", "Saint-Étienne", "42000 SAINT ETIENNE")]
    [InlineData("62200", "Boulogne-sur-Mer", "62200 BOULOGNE SUR MER")]
    [InlineData("75 007", "Paris", "75007 PARIS")]
    [InlineData("97400", "Saint-Denis", "97400 SAINT DENIS")]
    public void The_last_line_is_the_postcode_then_the_city_in_plain_capitals(string postalCode, string city, string expected)
    {
        Assert.Equal(expected, Lines("1 rue Neuve", postalCode: postalCode, city: city)[^1]);
    }

    [Fact]
    public void Abroad_the_country_is_a_seventh_line_in_capitals()
    {
        var lines = Lines(
            "Rue de la Loi 16", delivery: "Cabinet du Premier ministre", building: "Bâtiment Lambermont",
            locality: "Boîte postale 3", postalCode: "1000", city: "Bruxelles", country: "BE");

        Assert.Equal(MailingAddress.MaxLinesAbroad, lines.Count);
        Assert.Equal("1000 BRUXELLES", lines[^2]);
        Assert.Equal("BELGIQUE", lines[^1]);
    }

    [Theory]
    [InlineData("DE", "ALLEMAGNE")]
    [InlineData("de", "ALLEMAGNE")]
    [InlineData("GB", "ROYAUME-UNI")]
    [InlineData("CH", "SUISSE")]
    [InlineData("US", "ETATS-UNIS")]
    [InlineData("NL", "PAYS-BAS")]
    [InlineData("JP", "JP")]
    public void The_country_line_is_the_french_name_or_the_code_when_unknown(string country, string expected)
    {
        Assert.Equal(expected, Lines("1 Main Street", postalCode: "12345", city: "Somewhere", country: country)[^1]);
    }

    [Theory]
    [InlineData("PT", "1000-001", "Lisboa", "1000-001 LISBOA")]
    [InlineData("GB", "sw1a 1aa", "London", "SW1A 1AA LONDON")]
    [InlineData("DE", "80331", "München", "80331 MUNCHEN")]
    public void Abroad_the_postcode_keeps_its_layout_and_the_city_is_in_plain_capitals(
        string country, string postalCode, string city, string expected)
    {
        Assert.Equal(expected, Lines("1 Main Street", postalCode: postalCode, city: city, country: country)[^2]);
    }

    [Theory]
    [InlineData("FR")]
    [InlineData("fr")]
    [InlineData("RE")]
    [InlineData("")]
    public void France_and_its_overseas_territories_get_no_country_line(string country)
    {
        var lines = Lines("12 rue de la Paix", country: country);

        Assert.Equal("75002 PARIS", lines[^1]);
        Assert.Equal(3, lines.Count);
    }

    [Fact]
    public void A_recipient_longer_than_38_characters_is_cut_at_a_word_boundary()
    {
        var lines = Lines("1 rue Neuve", recipient: "Association des Amis de la Bibliothèque Municipale");

        Assert.Equal("Association des Amis de la", lines[0]);
    }

    [Fact]
    public void A_single_word_longer_than_38_characters_is_cut_at_38()
    {
        var lines = Lines("1 rue Neuve", building: new string('X', 45));

        Assert.Equal(new string('X', 38), lines[1]);
    }
}
