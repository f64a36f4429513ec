using CrmBlazor.Infrastructure.Pdf;

namespace CrmBlazor.Infrastructure.Receipts;

/// <summary>The « Organisme bénéficiaire » and « Donateur » blocks of the form.</summary>
internal static class ReceiptParties
{
    private const double PostCodeWidth = 38;
    private const double CityWidth = 85;
    private const int ObjectMaxLines = 4;
    private const int CategoryMaxLines = 3;

    public static double DrawBeneficiary(PageCanvas canvas, ReceiptFonts fonts, ReceiptIssuer issuer, double top)
    {
        var x = ReceiptPage.ContentLeft;
        var width = ReceiptPage.ContentWidth;
        var y = FormLayout.Heading(canvas, CerfaTexts.BeneficiaryBlock, fonts.Heading, ReceiptPage.Left, top, ReceiptPage.Width);
        y = ReceiptPage.Field(canvas, fonts, CerfaTexts.Name, issuer.Name, x, y, width, maxLines: 2);
        y = ReceiptPage.Field(canvas, fonts, CerfaTexts.SirenOrRna, issuer.SirenOrRna, x, y, width);
        y = ReceiptPage.Field(canvas, fonts, CerfaTexts.Address, issuer.Street, x, y, width, maxLines: 2);
        y = PostCodeCityCountry(canvas, fonts, issuer.PostCode, issuer.City, issuer.Country, y);
        // The object is the organisation's own words and may be long; one page per receipt is the rule, so it is
        // capped, and the settings screen is where its length must be kept reasonable.
        y = ReceiptPage.Field(canvas, fonts, CerfaTexts.Object, issuer.Object, x, y, width, ObjectMaxLines);
        y = Category(canvas, fonts, issuer, x, y + 0.6, width);
        return ReceiptPage.Frame(canvas, top, y);
    }

    public static double DrawDonor(PageCanvas canvas, ReceiptFonts fonts, ReceiptDonor donor, double top)
    {
        var x = ReceiptPage.ContentLeft;
        var width = ReceiptPage.ContentWidth;
        var y = FormLayout.Heading(canvas, CerfaTexts.DonorBlock, fonts.Heading, ReceiptPage.Left, top, ReceiptPage.Width);
        var half = width / 2;
        var nameBottom = ReceiptPage.Field(canvas, fonts, CerfaTexts.LastName, donor.LastName, x, y, half - 3, maxLines: 2);
        var firstNamesBottom = ReceiptPage.Field(canvas, fonts, CerfaTexts.FirstNames, donor.FirstNames, x + half, y, half, maxLines: 2);
        y = Math.Max(nameBottom, firstNamesBottom);
        y = ReceiptPage.Field(canvas, fonts, CerfaTexts.Address, donor.Street, x, y, width, maxLines: 2);
        y = PostCodeCityCountry(canvas, fonts, donor.PostCode, donor.City, donor.Country, y);
        return ReceiptPage.Frame(canvas, top, y);
    }

    private static double Category(PageCanvas canvas, ReceiptFonts fonts, ReceiptIssuer issuer, double x, double y, double width)
    {
        y = canvas.Paragraph(CerfaTexts.TickCategory, fonts.BodyBold, x, y, width);
        var (parent, box) = OrganisationCategoryTexts.For(issuer.Category, issuer.CategoryDetail);
        if (parent is not null)
        {
            y = CheckBox.WithLabel(canvas, x, y, width, ticked: true, parent, fonts.Body, fonts.BoxText) + 0.4;
            x += 5;
            width -= 5;
        }

        return CheckBox.WithLabel(canvas, x, y, width, ticked: true, box, fonts.Body, fonts.BoxText, CategoryMaxLines);
    }

    private static double PostCodeCityCountry(PageCanvas canvas, ReceiptFonts fonts, string postCode, string city, string country, double y)
    {
        var x = ReceiptPage.ContentLeft;
        var countryWidth = ReceiptPage.ContentWidth - PostCodeWidth - CityWidth;
        var a = ReceiptPage.Field(canvas, fonts, CerfaTexts.PostCode, postCode, x, y, PostCodeWidth - 2, maxLines: 1);
        var b = ReceiptPage.Field(canvas, fonts, CerfaTexts.City, city, x + PostCodeWidth, y, CityWidth - 2, maxLines: 2);
        var c = ReceiptPage.Field(canvas, fonts, CerfaTexts.Country, country, x + PostCodeWidth + CityWidth, y, countryWidth, maxLines: 2);
        return Math.Max(a, Math.Max(b, c));
    }

}
