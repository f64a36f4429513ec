using System.Globalization;
using CrmBlazor.Domain.Receipts;
using CrmBlazor.Infrastructure.Receipts;
using CrmBlazor.UnitTests.TestSupport;

namespace CrmBlazor.UnitTests.Receipts;

public sealed class ReceiptPdfRendererTests
{
    /// <summary>Every mention of form 2041-RD (Cerfa n° 11580*05) a receipt must reproduce, in the form's words.</summary>
    public static readonly TheoryData<string> CerfaMentions =
    [
        "Reçu des dons et versements effectués par les particuliers au titre des articles 200 et 978 du code général des impôts",
        "2041-RD",
        "N° 11580*05",
        "Numéro d'ordre du reçu",
        "Organisme bénéficiaire des dons et versements",
        "Nom ou dénomination :",
        "Numéro SIREN ou RNA :",
        "Adresse :",
        "Code postal :",
        "Commune :",
        "Pays :",
        "Objet :",
        "Cochez la case concernée :",
        "Donateur",
        "Nom :",
        "Prénoms :",
        "Le bénéficiaire reconnaît avoir reçu au titre des dons et versements ouvrant droit à réduction d'impôt, la somme de :",
        "Somme en toutes lettres :",
        "Date du versement ou du don :",
        "Le bénéficiaire certifie sur l'honneur que les dons et versements qu'il reçoit ouvrent droit à la réduction d'impôt prévue à l'article :",
        "200 du CGI",
        "978 du CGI",
        "Forme du don :",
        "Acte authentique",
        "Acte sous seing privé",
        "Déclaration de don manuel",
        "Autres",
        "Nature du don",
        "Numéraire",
        "Titres de sociétés cotés",
        "Abandon exprès de revenus ou de produits",
        "Frais engagés par les bénévoles, dont ils renoncent expressément au remboursement",
        "Autres (précisez)",
        "En cas de don en numéraire, mode de versement du don :",
        "Remise d'espèces",
        "Chèque",
        "Virement, prélèvement, carte bancaire",
        "Date et signature",
        "(1) Pour les dons de titres de sociétés cotées et les dons en nature",
        "(2) L'organisme bénéficiaire peut cocher une ou plusieurs cases",
        "l'amende prévue à l'article 1740 A du code général des impôts",
        "(3) La réduction d'IFI ne s'applique qu'aux dons en numéraire",
        "(4) Par exemple : dons en nature.",
    ];

    private static readonly ReceiptPdfRenderer Renderer = new();

    public ReceiptPdfRendererTests() => PdfLicense.EnsureLoaded();

    private static string Text(ReceiptPrint receipt, ReceiptIssuer? issuer = null) =>
        PdfText.SinglePage(Renderer.Render(issuer ?? ReceiptSamples.Issuer(), receipt));

    [Theory]
    [MemberData(nameof(CerfaMentions))]
    public void Every_mention_of_the_cerfa_is_printed(string mention) =>
        Assert.Contains(mention, Text(ReceiptSamples.PerGift()));

    [Fact]
    public void The_receipt_number_the_organisation_and_its_siren_or_rna_are_printed()
    {
        var text = Text(ReceiptSamples.PerGift(number: "RF-2026-004217"));

        Assert.Contains("Numéro d'ordre du reçu RF-2026-004217", text);
        Assert.Contains("Numéro SIREN ou RNA : W351234567", text);
        Assert.Contains("Nom ou dénomination : Association des Amis de la Forêt de Brocéliande", text);
        Assert.Contains("Objet : Protéger la forêt, ses étangs et sa faune ; œuvrer à l'éducation à l'environnement naturel.", text);
    }

    [Theory]
    [InlineData("120.50", "***120,50 €***", "cent vingt euros et cinquante centimes")]
    [InlineData("1234567.89", "***1 234 567,89 €***",
        "un million deux cent trente-quatre mille cinq cent soixante-sept euros et quatre-vingt-neuf centimes")]
    public void The_amount_is_printed_in_figures_framed_by_asterisks_and_in_words(string amount, string figures, string words)
    {
        var text = Text(ReceiptSamples.PerGift(amount: decimal.Parse(amount, CultureInfo.InvariantCulture)));

        Assert.Contains(figures, text);
        Assert.Contains($"Somme en toutes lettres : {words}", text);
    }

    [Fact]
    public void A_per_gift_receipt_prints_the_date_of_the_gift()
    {
        var text = Text(ReceiptSamples.PerGift());

        Assert.Contains("Date du versement ou du don : 27/02/2026", text);
        Assert.Contains("Le 02/03/2026", text);
    }

    [Fact]
    public void An_annual_receipt_prints_the_period_of_its_payments()
    {
        var text = Text(ReceiptSamples.Annual(ReceiptPaymentMode.TransferDebitOrCard));

        Assert.Contains("Date du versement ou du don : Du 01/01/2026 au 31/12/2026", text);
    }

    [Theory]
    [InlineData(ReceiptPaymentMode.Cash)]
    [InlineData(ReceiptPaymentMode.Cheque)]
    [InlineData(ReceiptPaymentMode.TransferDebitOrCard)]
    public void Only_the_payment_mode_of_the_gift_is_ticked(ReceiptPaymentMode mode)
    {
        var text = Text(ReceiptSamples.PerGift(mode: mode));

        foreach (var box in Enum.GetValues<ReceiptPaymentMode>())
        {
            var label = CerfaTexts.PaymentMode(box);
            Assert.Contains((box == mode ? "☒" : "☐") + label, text);
        }
    }

    [Fact]
    public void An_annual_receipt_ticks_every_payment_mode_of_the_year()
    {
        var text = Text(ReceiptSamples.Annual(ReceiptPaymentMode.Cheque, ReceiptPaymentMode.TransferDebitOrCard));

        Assert.Contains("☐Remise d'espèces", text);
        Assert.Contains("☒Chèque", text);
        Assert.Contains("☒Virement, prélèvement, carte bancaire", text);
    }

    [Theory]
    [InlineData(false, "☒200 du CGI", "☐978 du CGI")]
    [InlineData(true, "☒200 du CGI", "☒978 du CGI")]
    public void The_cgi_article_boxes_follow_the_organisation(bool article978, string box200, string box978)
    {
        var text = Text(ReceiptSamples.PerGift(), ReceiptSamples.Issuer(article978: article978));

        Assert.Contains(box200, text);
        Assert.Contains(box978, text);
    }

    [Fact]
    public void A_gift_is_a_manual_gift_declaration_paid_in_cash_money()
    {
        var text = Text(ReceiptSamples.PerGift());

        Assert.Contains("☐Acte authentique", text);
        Assert.Contains("☐Acte sous seing privé", text);
        Assert.Contains("☒Déclaration de don manuel", text);
        Assert.Contains("☐Autres ", text);
        Assert.Contains("☒Numéraire", text);
        Assert.Contains("☐Titres de sociétés cotés", text);
        Assert.Contains("☐Abandon exprès de revenus ou de produits", text);
        Assert.Contains("☐Frais engagés par les bénévoles", text);
        Assert.Contains("☐Autres (précisez)", text);
    }

    [Theory]
    [InlineData(OrganisationCategory.GeneralInterestAssociation, null, "☒Association loi 1901")]
    [InlineData(OrganisationCategory.PublicUtility, "12/03/1990 publié au Journal officiel du 20/03/1990",
        "☒Association ou fondation reconnue d'utilité publique par décret en date du 12/03/1990 publié au Journal officiel du 20/03/1990")]
    [InlineData(OrganisationCategory.EndowmentFund, null, "☒Fonds de dotation")]
    [InlineData(OrganisationCategory.FreeAidToPeopleInDifficulty, null, "☒Organisme sans but lucratif fournissant gratuitement une aide alimentaire")]
    [InlineData(OrganisationCategory.Other, "Fédération sportive agréée", "☒Autres (précisez) : Fédération sportive agréée")]
    public void Only_the_organisation_category_is_printed_ticked(OrganisationCategory category, string? detail, string box)
    {
        var text = Text(ReceiptSamples.PerGift(), ReceiptSamples.Issuer(category: category, categoryDetail: detail));

        Assert.Contains(box, text);
        Assert.Equal(category != OrganisationCategory.EndowmentFund, text.Contains("☒Œuvre ou organisme d'intérêt général", StringComparison.Ordinal));
        Assert.DoesNotContain("☐Association loi 1901", text);
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(true, true)]
    public void Duplicate_and_cancelled_marks_appear_only_when_they_apply(bool duplicate, bool cancelled)
    {
        var text = Text(ReceiptSamples.PerGift(duplicate: duplicate, cancelled: cancelled));

        Assert.Equal(duplicate, text.Contains("DUPLICATA", StringComparison.Ordinal));
        Assert.Equal(cancelled, text.Contains("ANNULÉ", StringComparison.Ordinal));
    }

    [Fact]
    public void The_donor_block_and_every_address_line_of_the_window_are_printed()
    {
        string[] lines = ["Mme Marie LEFÈVRE", "Appartement 12, 3e étage", "Résidence Les Œillets", "12 RUE DE LA PAIX", "BP 45", "75002 PARIS"];
        var text = Text(ReceiptSamples.PerGift(donor: ReceiptSamples.Donor(lines)));

        Assert.Contains(string.Join(' ', lines), text);
        Assert.Contains("Nom : LEFÈVRE", text);
        Assert.Contains("Prénoms : Marie Cécile", text);
        Assert.Contains("Adresse : 12 rue de la Paix", text);
        Assert.Contains("Code postal : 75002", text);
        Assert.Contains("Commune : Paris", text);
        Assert.Contains("Pays : France", text);
    }

    [Fact]
    public void French_accents_ligatures_and_the_euro_sign_survive()
    {
        var text = Text(ReceiptSamples.PerGift());

        foreach (var word in new[] { "Reçu", "effectués", "Chèque", "à", "Œuvre", "œuvrer", "LEFÈVRE", "Françoise", "Trésorière", "€", "d'espèces" })
        {
            Assert.Contains(word, text);
        }
    }
}
